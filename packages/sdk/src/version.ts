declare const __UPSKILL_SDK_VERSION__: string | undefined;

/** This SDK's version, sent as `X-Upskill-Client: sdk/<version>` (set by the build). */
export const VERSION: string =
  typeof __UPSKILL_SDK_VERSION__ === 'string' ? __UPSKILL_SDK_VERSION__ : '0.0.0-dev';
