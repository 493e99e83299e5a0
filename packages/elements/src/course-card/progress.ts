import type { Progress } from '@upskill/sdk/schemas';
import type { ElementsClient } from '../internal/context.js';

const inFlight = new WeakMap<ElementsClient, Map<string, Promise<Map<string, Progress>>>>();

/**
 * The learner's progress in `courseId`, or `null` when not enrolled. Cards rendering together
 * share one walk through `GET /learners/{id}/progress` per client and learner.
 */
export async function progressIn(client: ElementsClient, learnerId: string, courseId: string): Promise<Progress | null> {
  let byLearner = inFlight.get(client);
  if (!byLearner) inFlight.set(client, (byLearner = new Map<string, Promise<Map<string, Progress>>>()));
  let pending = byLearner.get(learnerId);
  if (!pending) {
    const all = byLearner;
    pending = (async () => {
      const entries = new Map<string, Progress>();
      for await (const entry of client.learners.progress(learnerId, { limit: 100 })) entries.set(entry.courseId, entry);
      return entries;
    })();
    all.set(learnerId, pending);
    const forget = () => all.get(learnerId) === pending && all.delete(learnerId);
    pending.then(forget, forget);
  }
  return (await pending).get(courseId) ?? null;
}
