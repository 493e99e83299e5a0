/**
 * The element classes, with no side effects: nothing is registered. Import
 * `@upskill/elements/define` (every tag) or `@upskill/elements/<component>/define` (one) to
 * register them, or call `UpCourseCard.define('my-course-card')` to choose your own tag.
 * @packageDocumentation
 */
export { UpElement, VERSION, type UpErrorDetail } from './internal/base.js';
export type { ElementsClient, UpskillContext, CallOptions, PageLike, PagePromiseLike } from './internal/context.js';
export { upskillContext } from './internal/context.js';
export { UpProvider } from './provider/provider.js';
export { UpProgressRing } from './progress-ring/progress-ring.js';
export { UpCourseCard, type UpEnrollDetail } from './course-card/course-card.js';
export { UpBadge, type BadgeVerifier, type BadgeVerificationResult, type VerificationState } from './badge/badge.js';
export { UpJobMatchList } from './job-match-list/job-match-list.js';
