import type { ReactiveController } from 'lit';
import { dispatch, type UpElement, type UpErrorDetail } from './base.js';

/** A load: returns the value (or `undefined` for nothing to show), at once or as a promise. */
export type Task<T> = (signal: AbortSignal) => T | undefined | Promise<T | undefined>;

/** Creates an error that `Loader` reports with `code` (such as `invalid_attribute` or `no_provider`). */
export function elementError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/** The states every data-bound element goes through. */
export type LoadState = 'empty' | 'loading' | 'error' | 'ready';

/** Maps anything thrown (an SDK error, a `TypeError`…) to an `up-error` detail. */
export function toErrorDetail(error: unknown): UpErrorDetail {
  const { code, status, message, name } = (error ?? {}) as { code?: unknown; status?: unknown; message?: unknown; name?: unknown };
  const detail: UpErrorDetail = {
    code: typeof code === 'string' ? code : typeof name === 'string' && name !== 'Error' ? toSnake(name) : 'unknown_error',
    message: typeof message === 'string' && message ? message : String(error),
  };
  if (typeof status === 'number') detail.status = status;
  return detail;
}

const toSnake = (name: string) => name.replace(/Error$/, '').replace(/\B([A-Z])/g, '_$1').toLowerCase() + '_error';

/**
 * Runs one asynchronous load for a host element and tracks its state (`empty`, `loading`,
 * `error`, `ready`), re-rendering the host on each change. A new `run()` aborts the previous one;
 * disconnecting the host aborts it too, and reconnecting re-runs it. Failures fire `up-error`.
 *
 * ```ts
 * #course = new Loader<Course>(this);
 * willUpdate() {
 *   this.#course.watch([this.courseId, client, this.i18n.locale], (signal) => {
 *     if (!client) throw elementError('no_provider', '… needs an <up-provider>');
 *     return client.courses.get(this.courseId, { signal });
 *   });
 * }
 * render() { switch (this.#course.state) { case 'loading': …; case 'error': errorState(…) } }
 * ```
 */
export class Loader<T> implements ReactiveController {
  state: LoadState = 'empty';
  value: T | undefined;
  error: UpErrorDetail | undefined;
  #host: UpElement;
  #task: Task<T> | undefined;
  #abort: AbortController | undefined;
  #deps: readonly unknown[] = [];

  constructor(host: UpElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Runs `task` when `deps` differ (by identity) from the last call's. */
  watch(deps: readonly unknown[], task: Task<T>): void {
    if (deps.length === this.#deps.length && deps.every((dep, i) => Object.is(dep, this.#deps[i]))) return;
    this.#deps = deps;
    this.run(task);
  }

  /**
   * Starts `task`, aborting any load in flight. A task that returns (or throws) synchronously
   * settles at once, with no loading state: handy for data given as a property and for
   * validation errors. A result of `undefined` means `empty`.
   */
  run(task: Task<T>): void {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#task = task;
    let result: T | undefined | Promise<T | undefined>;
    try {
      result = task(abort.signal);
    } catch (error) {
      this.fail(toErrorDetail(error));
      return;
    }
    if (!(result instanceof Promise)) {
      this.#settle(result);
      return;
    }
    this.#set('loading', undefined, undefined);
    result.then(
      (value) => {
        if (!abort.signal.aborted) this.#settle(value);
      },
      (error: unknown) => {
        if (!abort.signal.aborted) this.fail(toErrorDetail(error));
      },
    );
  }

  /** Runs the last task again (the retry button). */
  retry(): void {
    if (this.#task) this.run(this.#task);
  }

  /** Shows `value` (such as the result of a user action) without loading anything; keeps the watched deps. */
  resolve(value: T): void {
    this.#abort?.abort();
    this.#set('ready', value, undefined);
  }

  /** Back to `empty` (nothing to show), forgetting the watched deps. */
  clear(): void {
    this.#abort?.abort();
    this.#task = undefined;
    this.#deps = [];
    this.#set('empty', undefined, undefined);
  }

  /** Enters the error state and fires `up-error` with `detail`. */
  fail(detail: UpErrorDetail): void {
    this.#abort?.abort();
    this.#set('error', undefined, detail);
    dispatch(this.#host, 'up-error', detail);
  }

  hostConnected(): void {
    if (this.state === 'loading' && this.#abort?.signal.aborted) this.retry();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  #settle(value: T | undefined): void {
    if (value === undefined) this.#set('empty', undefined, undefined);
    else this.#set('ready', value, undefined);
  }

  #set(state: LoadState, value: T | undefined, error: UpErrorDetail | undefined): void {
    this.state = state;
    this.value = value;
    this.error = error;
    this.#host.requestUpdate();
  }
}
