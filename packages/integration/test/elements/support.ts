/// <reference types="mocha" />
// Shared by the element tests: the real sandbox's fixtures, the CDN build, and waits on conditions.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@upskill/elements/cdn/upskill-elements.js';

export { html };

/** What the test server's plugin hands over (see web-test-runner.elements.config.mjs). */
export interface Sandbox {
  /** The sandbox's origin, such as `http://localhost:41234`. */
  baseUrl: string;
  /** Fresh session tokens of the demo learners. */
  tokens: { amara: string; lucie: string; mateo: string };
  /** Ids (`cred_…`) of the seeded credentials in each state. */
  credentials: { verified: string; expired: string; revoked: string };
}

/** A learner provisioned for one test, with a session. */
export interface FreshLearner {
  learnerId: string;
  token: string;
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The running sandbox and fresh tokens. */
export const sandbox = (): Promise<Sandbox> => json<Sandbox>('/__sandbox.json');

/** A new learner of the demo organisation, named `name`, with a session token. */
export const freshLearner = (name = 'Test Learner'): Promise<FreshLearner> =>
  json<FreshLearner>(`/__sandbox/learner.json?name=${encodeURIComponent(name)}`);

/** A call to the sandbox's API with `token`, answering the parsed JSON (throws on an HTTP error). */
export async function api<T>(baseUrl: string, token: string, path: string, language = 'en'): Promise<T> {
  const response = await fetch(`${baseUrl}/v1${path}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': language } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The element of the shadow root of `el` with the part `name`. */
export const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** All elements of the shadow root of `el` with the part `name`. */
export const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** The visible words of an element, whitespace collapsed. */
// Only markup whitespace collapses: a no-break space (French typography) is content.
export const textOf = (node: Element | null | undefined): string | undefined =>
  node ? (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim() : undefined;

/**
 * Resolves with `read()`'s value once it is truthy, checking at each animation frame; rejects
 * after `timeout` ms with `what` and the element's current text, so a failure says where it stopped.
 */
export function until<T>(read: () => T | null | undefined | false | '', what: string, el?: Element, timeout = 15_000): Promise<T> {
  const started = performance.now();
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      let value: T | null | undefined | false | '';
      try {
        value = read();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (value) resolve(value);
      else if (performance.now() - started > timeout) {
        const seen = el?.shadowRoot ? ` Shown: "${textOf(el.shadowRoot as unknown as Element)?.slice(0, 300)}"` : '';
        reject(new Error(`Timed out waiting for ${what}.${seen}`));
      } else setTimeout(check, 20);
    };
    check();
  });
}

/** An `up-error` event's detail. */
export interface ErrorDetail {
  code: string;
  message: string;
  status?: number;
}

/**
 * Renders `template` inside an `<up-provider>` bound to the sandbox with `token`, and returns the
 * first element matching `selector` and every `up-error` it fired (collected from the start).
 */
export async function mount<E extends HTMLElement>(
  baseUrl: string,
  token: string,
  template: TemplateResult,
  selector: string,
  lang = 'en',
): Promise<{ el: E; errors: ErrorDetail[]; wrapper: HTMLElement }> {
  const errors: ErrorDetail[] = [];
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} @up-error=${(event: CustomEvent<ErrorDetail>) => errors.push(event.detail)}>
    <up-provider base-url=${baseUrl} token=${token} theme="light">${template}</up-provider>
  </div>`);
  const el = wrapper.querySelector<E>(selector);
  if (!el) throw new Error(`${selector} is not in the rendered template.`);
  return { el, errors, wrapper };
}
