import type { ReactiveController } from 'lit';
import { dispatch, type UpElement, type UpErrorDetail } from './base.js';

/** A load: returns the value (or `undefined` for nothing to show), at once or as a promise. */
export type Task<T> = (signal: AbortSignal) => T | undefined | Promise<T | undefined>;

/** Creates an error that `Loader` reports with `code` (such as `invalid_attribute` or `no_provider`). */
export function elementError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/** `true` when `a` and `b` hold the same values (by identity), in the same order. */
export const sameValues = (a: readonly unknown[], b: readonly unknown[] | undefined): boolean =>
  a.length === b?.length && a.every((value, i) => Object.is(value, b[i]));

/** The states every data-bound element goes through (a `const enum`: small numbers once built). */
export const enum LoadState {
  Empty,
  Loading,
  Error,
  Ready,
}

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
 * render() { switch (this.#course.state) { case LoadState.Loading: …; case LoadState.Error: errorState(…) } }
 * ```
 */
export class Loader<T> implements ReactiveController {
  state: LoadState = LoadState.Empty;
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
    if (sameValues(deps, this.#deps)) return;
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
    this.#set(LoadState.Loading);
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
    this.#set(LoadState.Ready, value);
  }

  /** Back to `empty` (nothing to show), forgetting the watched deps. */
  clear(): void {
    this.#abort?.abort();
    this.#task = undefined;
    this.#deps = [];
    this.#set(LoadState.Empty);
  }

  /** Enters the error state and fires `up-error` with `detail`. */
  fail(detail: UpErrorDetail): void {
    this.#abort?.abort();
    this.#set(LoadState.Error, undefined, detail);
    dispatch(this.#host, 'up-error', detail);
  }

  hostConnected(): void {
    if (this.state === LoadState.Loading && this.#abort?.signal.aborted) this.retry();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  #settle(value: T | undefined): void {
    this.#set(value === undefined ? LoadState.Empty : LoadState.Ready, value);
  }

  #set(state: LoadState, value?: T, error?: UpErrorDetail): void {
    this.state = state;
    this.value = value;
    this.error = error;
    this.#host.requestUpdate();
  }
}
