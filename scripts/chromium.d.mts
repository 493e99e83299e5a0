/** Path of the Chromium binary the tests launch. */
export declare const chromiumPath: string;
/** Command-line flags of every test launch. */
export declare const chromiumArgs: string[];
