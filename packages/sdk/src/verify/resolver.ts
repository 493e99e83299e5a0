import { createDocumentLoader, type DocumentLoader } from './loader.js';

const FETCH_TIMEOUT_MS = 10_000;

/**
 * Documents a verification needs beyond the bundled ones: taken from the caller's `documents`,
 * else fetched once (http and https only) and remembered for the rest of the verification.
 * Contexts are never fetched: the document loader given to the JSON-LD libraries only answers
 * what is bundled or already resolved here.
 */
export class Resolver {
  readonly documentLoader: DocumentLoader;
  readonly #documents: Record<string, unknown>;
  readonly #fetch: typeof fetch | undefined;
  readonly #pending = new Map<string, Promise<unknown>>();

  constructor(documents: Record<string, unknown> | undefined, fetchImpl: typeof fetch | undefined) {
    this.#documents = { ...documents };
    this.#fetch = fetchImpl;
    this.documentLoader = createDocumentLoader(this.#documents);
  }

  /** The document at `url`; rejects with a message that names the URL and the reason. */
  resolve(url: string): Promise<unknown> {
    let pending = this.#pending.get(url);
    if (!pending) {
      pending = this.#load(url);
      this.#pending.set(url, pending);
    }
    return pending;
  }

  async #load(url: string): Promise<unknown> {
    try {
      return (await this.documentLoader(url)).document;
    } catch (error) {
      if (!/^https?:\/\//i.test(url)) throw error;
    }
    const document = await this.#fetchJson(url);
    this.#documents[url] = document;
    return document;
  }

  async #fetchJson(url: string): Promise<unknown> {
    if (typeof this.#fetch !== 'function') {
      throw new Error(`Cannot fetch "${url}": no fetch function is available.`);
    }
    let response: Response;
    try {
      response = await this.#fetch(url, {
        headers: { accept: 'application/ld+json, application/json' },
        ...(typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) } : {}),
      });
    } catch (error) {
      throw new Error(`Fetching "${url}" failed: ${errorMessage(error)}`, { cause: error });
    }
    if (!response.ok) {
      throw new Error(`Fetching "${url}" answered HTTP ${response.status}.`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new Error(`The document at "${url}" is not valid JSON.`);
    }
    if (!isObject(body)) {
      throw new Error(`The document at "${url}" is not a JSON object.`);
    }
    return body;
  }
}

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message of an error and of the causes it wraps (jsonld hides a loader's message in them). */
export function errorMessage(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; isObject(current) || current instanceof Error; depth++) {
    if (depth === 6) break;
    const { message, details, cause } = current as { message?: unknown; details?: JsonLdErrorDetails; cause?: unknown };
    const described = typeof message === 'string' ? message : '';
    // jsonld's generic "Dereferencing a URL…" hides the loader's own reason, kept as the cause.
    const generic = described.startsWith('Dereferencing a URL') && details?.cause !== undefined;
    if (described && !generic && !messages.includes(described)) messages.push(described);
    const event = details?.event;
    if (event?.message) {
      const property = event.details?.property ?? event.details?.term;
      messages.push(`${event.message}${property ? ` ("${property}")` : ''}`);
    }
    current = cause ?? details?.cause;
  }
  if (messages.length === 0 && (typeof error === 'string' || typeof error === 'number')) messages.push(String(error));
  return messages.join(' Caused by: ') || 'Unknown error.';
}

/** The part of a jsonld error's `details` that says what went wrong. */
interface JsonLdErrorDetails {
  cause?: unknown;
  event?: { message?: string; details?: { property?: string; term?: string } };
}
