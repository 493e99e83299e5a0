import { ProgressBatchResult } from './schemas/learners.js';
import type { Progress, ProgressEvent } from './schemas/learners.js';
import { UpskillError } from './errors.js';
import { uuid } from './uuid.js';
import type { RequestOptions, Transport } from './transport.js';
import type { ClientOptions } from './client.js';

/** The server accepts at most this many events per request. */
const BATCH_SIZE = 500;

/**
 * Where queued progress events wait until the server has them. Methods may be synchronous or
 * return promises. `save` receives the whole queue (possibly empty).
 */
export interface ProgressStorage {
  /** The queued events, oldest first. */
  load(): ProgressEvent[] | Promise<ProgressEvent[]>;
  /** Replaces the queued events. */
  save(events: ProgressEvent[]): void | Promise<void>;
}

/** Keeps the queue in memory (the default): lost when the process or page ends. */
export function memoryStorage(): ProgressStorage {
  let queued: ProgressEvent[] = [];
  return {
    load: () => [...queued],
    save: (events) => {
      queued = [...events];
    },
  };
}

/**
 * Keeps the queue in the browser's `localStorage` under `key`, so events recorded before a reload
 * or while offline are sent later (call `progress.flush()` when the page starts). Events hold a
 * learner id: with `'me'`, use one key per signed-in learner.
 * @param key - The `localStorage` key (default `upskill.progress`).
 */
export function localStorageStorage(key = 'upskill.progress'): ProgressStorage {
  return {
    load: () => {
      try {
        const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
        return Array.isArray(stored) ? (stored as ProgressEvent[]) : [];
      } catch {
        return [];
      }
    },
    save: (events) => {
      if (events.length) localStorage.setItem(key, JSON.stringify(events));
      else localStorage.removeItem(key);
    },
  };
}

/** A learning event as recorded; the SDK fills in `id`, `verb` and `occurredAt`. */
export interface ProgressEventInput {
  /** The event's id, which makes it idempotent (default: a new UUID, given at record time). */
  id?: string;
  /** The learner, or `'me'` with a session token. */
  learnerId: string;
  courseId: string;
  lessonId: string;
  /** Only `completed` exists today (the default). */
  verb?: 'completed';
  /** When it happened (default: now). */
  occurredAt?: string | Date;
}

/** What a flush sent: totals over its batches, and the progress the server reported. */
export interface ProgressFlushResult {
  /** Events the server recorded for the first time. */
  accepted: number;
  /** Events the server already had (sent before, for example by a flush whose answer was lost). */
  duplicates: number;
  /** The latest progress of every course the batches touched. */
  progress: Progress[];
}

/** What {@link ProgressQueue.record} resolves with: the flush result and the events with their ids. */
export interface ProgressRecordResult extends ProgressFlushResult {
  /** The recorded events, as queued (with their ids). */
  events: ProgressEvent[];
}

/**
 * `upskill.progress`: learning events, queued in a {@link ProgressStorage} and sent in batches of
 * at most 500. Each event gets its id when recorded, and the server ignores an id it already has,
 * so a lost answer, a retry or a reload never counts an event twice, and a failure loses nothing:
 * the events stay queued until a later `record()` or `flush()` sends them.
 */
export class ProgressQueue {
  readonly #transport: Transport;
  readonly #storage: ProgressStorage;
  // Queue operations run one after another, so two flushes never send the same events at once.
  #tail: Promise<unknown> = Promise.resolve();

  /** @internal Made by the `progress` resource factory. */
  constructor(transport: Transport, storage: ProgressStorage) {
    this.#transport = transport;
    this.#storage = storage;
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Queues events (each gets its `id` now, if it has none) and flushes the queue. The events are
   * stored before anything is sent; if the flush fails, the promise rejects and they stay queued.
   * An event without `learnerId`, `courseId` or `lessonId` throws at once and nothing is queued.
   *
   * @returns The flush's result and the queued events.
   * @example
   * ```ts
   * await upskill.progress.record({ learnerId: 'me', courseId: 'crs_123', lessonId: 'les_1' });
   * ```
   */
  async record(
    events: ProgressEventInput | ProgressEventInput[],
    options?: RequestOptions,
  ): Promise<ProgressRecordResult> {
    const now = new Date().toISOString();
    // An event the server rejects would block every batch it is in: refuse it before queueing.
    const queued: ProgressEvent[] = [events].flat().map((e, index) => {
      for (const field of ['learnerId', 'courseId', 'lessonId'] as const) {
        if (!e[field]) throw new UpskillError(`progress.record: /${index}/${field} is missing; nothing was queued`);
      }
      return {
        id: e.id ?? uuid(),
        learnerId: e.learnerId,
        courseId: e.courseId,
        lessonId: e.lessonId,
        verb: e.verb ?? 'completed',
        occurredAt: e.occurredAt instanceof Date ? e.occurredAt.toISOString() : (e.occurredAt ?? now),
      };
    });
    await this.#serial(async () => {
      const stored = await this.#storage.load();
      const known = new Set(stored.map((e) => e.id));
      await this.#storage.save([...stored, ...queued.filter((e) => !known.has(e.id))]);
    });
    return { ...(await this.flush(options)), events: queued };
  }

  /**
   * Sends every queued event, in batches of at most 500, each with the client's retries. Events
   * of a batch leave the queue once the server acknowledged it; on a failure the promise rejects
   * and the rest stays queued.
   */
  flush(options?: RequestOptions): Promise<ProgressFlushResult> {
    return this.#serial(async () => {
      const result: ProgressFlushResult = { accepted: 0, duplicates: 0, progress: [] };
      // Later batches report later states: one entry per learner and course, the last.
      const latest = new Map<string, Progress>();
      const queued = await this.#storage.load();
      for (let start = 0; start < queued.length; start += BATCH_SIZE) {
        const batch = queued.slice(start, start + BATCH_SIZE);
        const answer = await this.#transport.call('post', 'progress-events', ProgressBatchResult, { body: { events: batch } }, options);
        const sent = new Set(batch.map((e) => e.id));
        await this.#storage.save((await this.#storage.load()).filter((e) => !sent.has(e.id)));
        result.accepted += answer.accepted;
        result.duplicates += answer.duplicates;
        for (const p of answer.progress) latest.set(`${p.learnerId} ${p.courseId}`, p);
      }
      result.progress = [...latest.values()];
      return result;
    });
  }

  /** The events waiting to be sent, oldest first. */
  async pending(): Promise<ProgressEvent[]> {
    return this.#storage.load();
  }
}

/**
 * The `progress` resource, for `composeClient` (every client made by `createClient` has it): a
 * {@link ProgressQueue} in `options.progressStorage` (default {@link memoryStorage}).
 * @param transport - The client's transport, given by `composeClient`.
 * @param options - The client's options.
 */
export function progress(transport: Transport, options: Pick<ClientOptions, 'progressStorage'>): ProgressQueue {
  return new ProgressQueue(transport, options.progressStorage ?? memoryStorage());
}
