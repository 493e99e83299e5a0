import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Course, Progress } from '@upskill/sdk/schemas';
import { UpElement } from '../internal/base.js';
import { upskillContext } from '../internal/context.js';
import { LoadState, Loader, elementError, toErrorDetail } from '../internal/load.js';
import { itemStates } from '../internal/states.js';
import { fillTemplate, safeUrl } from '../internal/url.js';
import { announce } from '../internal/announce.js';
import { Msg } from '../internal/locales/keys.js';
import { styles } from './course-card.styles.js';
import { progressIn } from './progress.js';

const COURSE_ID = /^crs_[\w-]{1,64}$/;
const LEARNER_ID = /^(me|lrn_[\w-]{1,64})$/;
const LEVELS: Partial<Record<string, Msg>> = { foundation: Msg.levelFoundation, practitioner: Msg.levelPractitioner, specialist: Msg.levelSpecialist };

/** Payload of `up-enroll`. */
export interface UpEnrollDetail {
  courseId: string;
}

/**
 * A course of the catalog: image, title, level, duration, skills, the learner's progress and an
 * enroll or continue action.
 *
 * Give it a `course-id` (loaded through the `<up-provider>` client, in the page's language) or
 * the course itself as `.course`. With a `course-href` on the provider, the title is a link and
 * a click anywhere on the card follows it (except on a button or at the end of a text selection).
 *
 * When a learner session is present (or `learner-id` is set), the card shows the learner's
 * progress. The action fires `up-enroll`; unless a listener cancels it, the card enrolls the
 * learner through the client and shows the new state.
 *
 * It renders `<up-progress-ring>`: `course-card/define` registers both tags; when registering
 * the classes yourself, register `UpProgressRing` as `up-progress-ring` too.
 *
 * @customElement up-course-card
 * @summary A course with the learner's progress and an enroll action.
 * @fires up-enroll - `{ courseId }`, cancelable: the Enroll button, or Continue/Review when there is no `course-href`. Call `preventDefault()` to handle enrollment yourself.
 * @fires up-error - `{ code, message, status? }` when the course or progress cannot be loaded, enrollment fails, or an attribute is invalid.
 * @csspart card - The card's box.
 * @csspart media - The image area.
 * @csspart image - The course image.
 * @csspart body - Level, title, summary, details and skills.
 * @csspart level - The course level.
 * @csspart title - The course title (a heading).
 * @csspart link - The title's link, with `course-href`.
 * @csspart summary - The course summary.
 * @csspart meta - Duration and number of lessons.
 * @csspart skills - The list of skills.
 * @csspart skill - One skill.
 * @csspart footer - Progress and action.
 * @csspart progress - The learner's progress (ring and text).
 * @csspart ring - The progress ring.
 * @csspart action - The enroll, continue or review button or link.
 * @csspart action-error - The message shown when enrollment fails.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 * @csspart empty - The empty state.
 * @csspart skeleton - The loading placeholder.
 * @cssprop [--up-color-primary] - Links, level and primary button.
 * @cssprop [--up-color-on-primary] - Text on the primary button.
 * @cssprop [--up-color-surface] - Card background.
 * @cssprop [--up-color-surface-muted] - Image placeholder and skill chips.
 * @cssprop [--up-color-text] - Main text.
 * @cssprop [--up-color-text-muted] - Secondary text.
 * @cssprop [--up-color-border] - Card border.
 * @cssprop [--up-color-success] - Progress ring of a completed course.
 * @cssprop [--up-color-danger] - Error marks.
 * @cssprop [--up-color-focus] - Focus outline.
 * @cssprop [--up-radius=12px] - Corner radius.
 * @cssprop [--up-font-family=system-ui] - Font stack.
 * @cssprop [--up-card-image-ratio=16 / 9] - Aspect ratio of the image area.
 */
export class UpCourseCard extends UpElement {
  static override styles = styles;
  static override properties = {
    courseId: { attribute: 'course-id' },
    course: { attribute: false },
    learnerId: { attribute: 'learner-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * Id of the course to load (`crs_…`); needs an `<up-provider>`.
   * @attr course-id
   */
  declare courseId: string | undefined;
  /** The course to show, instead of loading `course-id`. */
  declare course: Course | undefined;
  /**
   * Whose progress to show: `me` or a learner id (`lrn_…`); defaults to `me` when the provider has a session.
   * @attr learner-id
   */
  declare learnerId: string | undefined;
  /**
   * Heading level of the title (1 to 6).
   * @attr heading-level
   */
  declare headingLevel: number;

  #context = new ContextConsumer(this, { context: upskillContext, subscribe: true });
  #course: Loader<Course> = new Loader<Course>(this);
  #progress: Loader<Progress | null> = new Loader<Progress | null>(this);
  #focusAction = false;
  #enrolling = false;
  /** The last enrollment failed: a message says so, until the course changes. */
  #enrollFailed = false;

  constructor() {
    super();
    this.headingLevel = 3;
  }

  /** The learner whose progress is shown, if any. */
  get #learner(): string | undefined {
    return this.learnerId ?? (this.#context.value?.session ? 'me' : undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const context = this.#context.value;
    const client = context?.client;
    const { course, courseId, learnerId } = this;
    const locale = this.i18n.language;
    if (changed.has('courseId') || changed.has('course')) this.#enrollFailed = false;
    this.#course.watch([course, courseId, learnerId, client, course ? '' : locale], (signal) => {
      if (learnerId != null && !LEARNER_ID.test(learnerId)) {
        throw elementError('invalid_attribute', `<up-course-card> learner-id "${learnerId}" is not "me" or a learner id (lrn_…).`);
      }
      if (course) return course;
      if (courseId == null) return undefined;
      if (!COURSE_ID.test(courseId)) {
        throw elementError('invalid_attribute', `<up-course-card> course-id "${courseId}" is not a course id (crs_…).`);
      }
      if (!client) {
        throw elementError('no_provider', `<up-course-card course-id="${courseId}"> needs an <up-provider> with a base-url or a .client around it.`);
      }
      return client.courses.get(courseId, { signal, headers: { 'Accept-Language': locale } });
    });
    const id = course?.id ?? courseId;
    const learner = this.#learner;
    if (client && id && learner && this.#course.state !== LoadState.Error) {
      this.#progress.watch([client, learner, id], () => progressIn(client, learner, id));
    } else if (this.#progress.state !== LoadState.Empty) {
      this.#progress.clear();
    }
  }

  protected override updated(): void {
    if (this.#focusAction) {
      this.#focusAction = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="action"]')?.focus();
    }
  }

  protected override render(): TemplateResult {
    return itemStates(this.i18n, this.#course, 'card', 'body', this.i18n.t(Msg.courseEmpty), (course) => this.#renderCourse(course));
  }

  #renderCourse(course: Course) {
    const { i18n } = this;
    const href = fillTemplate(this.#context.value?.courseHref, course.id);
    const image = safeUrl(course.imageUrl, true);
    const level = LEVELS[course.level];
    const lessons = course.lessons?.length ?? 0;
    const headingLevel = this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.round(this.headingLevel) : 3;
    return html`<article class=${href ? 'card linked' : 'card'} part="card" @click=${this.#onCardClick}>
      <div class="media" part="media">
        ${image ? html`<img part="image" src=${image} alt="" loading="lazy" />` : nothing}
      </div>
      <div class="body" part="body">
        ${level ? html`<p class="level" part="level">${i18n.t(level)}</p>` : nothing}
        <div class="title" part="title" id="title" role="heading" aria-level=${headingLevel}>
          ${href ? html`<a part="link" href=${href}>${course.title}</a>` : course.title}
        </div>
        ${course.summary ? html`<p class="summary" part="summary">${course.summary}</p>` : nothing}
        <p class="meta" part="meta">
          ${typeof course.durationMinutes === 'number' ? html`<span>${i18n.duration(course.durationMinutes)}</span>` : nothing}
          ${lessons ? html`<span>${i18n.t(new Intl.PluralRules(i18n.locale).select(lessons) === 'one' ? Msg.lessonsOne : Msg.lessonsOther, { count: i18n.number(lessons) })}</span>` : nothing}
        </p>
        ${course.skills?.length
          ? html`<ul class="skills" part="skills" aria-label=${i18n.t(Msg.skills)}>
              ${course.skills.map((skill) => html`<li part="skill">${skill.name}</li>`)}
            </ul>`
          : nothing}
      </div>
      <div class="footer" part="footer">${this.#renderProgress()} ${this.#renderAction(course, href)}</div>
      ${this.#enrollFailed ? html`<p class="action-error" part="action-error">${i18n.t(Msg.enrollFailed)}</p>` : nothing}
    </article>`;
  }

  #renderProgress() {
    const progress = this.#progress.value;
    if (this.#progress.state !== LoadState.Ready || !progress) return html`<span></span>`;
    const { i18n } = this;
    const done = progress.status === 'completed';
    const text =
      done ? i18n.t(Msg.completed)
      : progress.completedLessons > 0 || progress.status === 'in_progress'
        ? i18n.t(Msg.inProgress, { done: i18n.number(progress.completedLessons), total: i18n.number(progress.totalLessons) })
        : i18n.t(Msg.notStarted);
    return html`<div class=${done ? 'progress done' : 'progress'} part="progress">
      <up-progress-ring part="ring" value=${Math.min(1, Math.max(0, progress.percent / 100))} label=${i18n.t(Msg.yourProgress)}></up-progress-ring>
      <span>${text}</span>
    </div>`;
  }

  #renderAction(course: Course, href: string | undefined) {
    const { i18n } = this;
    if (this.#progress.state === LoadState.Loading) return html`<span class="skeleton action-skeleton" part="skeleton"></span>`;
    const progress = this.#progress.value;
    if (progress) {
      const label = i18n.t(progress.status === 'completed' ? Msg.review : Msg.continue);
      const kind = progress.status === 'completed' ? 'button secondary' : 'button';
      return href
        ? html`<a class=${kind} part="action" href=${href} aria-describedby="title">${label}</a>`
        : html`<button class=${kind} part="action" type="button" aria-describedby="title" @click=${() => this.#enroll(course)}>${label}</button>`;
    }
    return html`<button class="button" part="action" type="button" aria-describedby="title"
      ?disabled=${this.#enrolling} @click=${() => this.#enroll(course)}>
      ${i18n.t(this.#enrolling ? Msg.enrolling : Msg.enroll)}
    </button>`;
  }

  async #enroll(course: Course): Promise<void> {
    if (this.#enrolling) return;
    if (!this.emit<UpEnrollDetail>('up-enroll', { courseId: course.id }, true)) return;
    const client = this.#context.value?.client;
    const learnerId = this.#learner;
    if (!client || !learnerId || this.#progress.value) return;
    this.#enrolling = true;
    this.#enrollFailed = false;
    this.requestUpdate();
    try {
      await client.enrollments.create({ learnerId, courseId: course.id });
      const lessons = course.lessons?.length ?? 0;
      this.#progress.resolve({
        learnerId, courseId: course.id, completedLessons: 0, totalLessons: lessons,
        percent: 0, status: 'not_started', updatedAt: new Date().toISOString(),
      });
      this.#focusAction = true;
      announce(this.i18n.t(Msg.enrolled, { title: course.title }));
    } catch (error) {
      this.#enrollFailed = true;
      this.fail(toErrorDetail(error));
    } finally {
      this.#enrolling = false;
      this.requestUpdate();
    }
  }

  #onCardClick = (event: MouseEvent) => {
    const link = this.renderRoot.querySelector<HTMLAnchorElement>('a[part~="link"]');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    const interactive = event.composedPath().some((node) =>
      node instanceof Element && node.matches('a, button, input, select, textarea, summary, label, [role="button"], [tabindex]'));
    if (interactive) return;
    // A click that ends a text selection selects, it does not navigate.
    // Chromium keeps shadow-tree selections on the shadow root (non-standard getSelection()).
    const root = this.shadowRoot as unknown as { getSelection?: () => Selection | null } | null;
    if ([root?.getSelection?.(), document.getSelection()].some((selection) => selection?.toString().trim())) return;
    link.click();
  };
}
