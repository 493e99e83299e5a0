import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { JobMatch, JobMatchesQuery, MatchedSkill, MissingSkill, RecommendedCourse } from '@upskill/sdk/schemas';
import { UpElement } from '../internal/base.js';
import { upskillContext, type ElementsClient, type PageLike } from '../internal/context.js';
import { LoadState, Loader, elementError, toErrorDetail } from '../internal/load.js';
import { emptyState, errorState } from '../internal/states.js';
import { fillTemplate } from '../internal/url.js';
import { announce } from '../internal/announce.js';
import { Msg } from '../internal/locales/keys.js';
import type { UpEnrollDetail } from '../course-card/course-card.js';
import { icon, type EvidenceType } from './icons.js';
import { styles } from './job-match-list.styles.js';
import type * as VirtualExports from './virtual.js';

type VirtualModule = typeof VirtualExports;

const LEARNER_ID = /^(me|lrn_[\w-]{1,64})$/;
/** Beyond this many rows the list is virtualized: only the rows near the viewport are in the DOM. */
const VIRTUALIZE_AFTER = 40;
/** Fetch the next page when the rendered range comes this close to the end of the loaded rows. */
const PREFETCH_ROWS = 10;
const EVIDENCE = { credential: Msg.evidenceCredential, course: Msg.evidenceCourse, self: Msg.evidenceSelf };

/** Payload of `up-job-select`. */
export interface UpJobSelectDetail {
  /** Id of the selected job (`job_…`). */
  jobId: string;
  /** The whole match: job, score, matched and missing skills. */
  match: JobMatch;
}

/** The virtualizer, once loaded: shared by every list, so a new list renders virtualized at once. */
let virtualizer: VirtualModule | undefined;
let virtualizerLoading: Promise<unknown> | undefined;

/**
 * A learner's ranked job matches, explained: for each job, its title, employer, location and
 * match score; the skills the learner has, with the evidence for each (a credential, a course, or
 * self-declared; told apart by icon and text, not only by colour); and the skills to build, each
 * with the course that closes the gap.
 *
 * Give it a `learner-id` (`me` for the session's learner), loaded through the `<up-provider>`
 * client page by page as the user scrolls; or the matches themselves as `.jobMatches`.
 * Beyond 40 rows the list is virtualized (only the rows near the viewport are in the DOM; the
 * virtualizer loads on demand), so thousands of matches stay smooth. It scrolls with the page,
 * or with the nearest scrolling ancestor: give it a container with a height and `overflow: auto`
 * to scroll it in place.
 *
 * Keyboard: the list is one tab stop (a list of rows with a roving tabindex on each row's title
 * button). Up/Down, Page Up/Page Down and Home/End move between rows; Enter or Space selects the
 * row (`up-job-select`), as does a click on it; Tab then reaches that row's course links and
 * buttons. A "Load more" button after the list pages without scrolling.
 *
 * With a `course-href` on the provider, each gap's course is a link to the partner's course page;
 * otherwise an Enroll button fires `up-enroll` and, unless a listener cancels it and when a
 * session is present, enrolls the learner through the client.
 *
 * It renders `<up-progress-ring>`: `job-match-list/define` registers both tags; when registering
 * the classes yourself, register `UpProgressRing` as `up-progress-ring` too.
 *
 * @summary Ranked, explained job matches with the courses that close each gap.
 * @customElement up-job-match-list
 * @fires up-job-select - `{ jobId, match }` when a row is chosen (click, Enter or Space).
 * @fires up-enroll - `{ courseId }`, cancelable: the Enroll button of a missing skill's course (when there is no `course-href`). Call `preventDefault()` to handle enrollment yourself.
 * @fires up-error - `{ code, message, status? }` when matches cannot be loaded, a further page or an enrollment fails, or an attribute is invalid.
 * @csspart frame - The box around header, list and footer.
 * @csspart header - The title, match count and evidence legend.
 * @csspart heading - The list's title.
 * @csspart count - The number of matches.
 * @csspart legend - The legend of the evidence icons.
 * @csspart list - The list of rows.
 * @csspart row - One job match.
 * @csspart selected - The selected row (with `row`).
 * @csspart score - The match score's progress ring.
 * @csspart title - The job title (a button that selects the row).
 * @csspart remote - The “Remote” badge.
 * @csspart employer - The employer's name.
 * @csspart location - City, region and country.
 * @csspart matched - The list of skills the learner has.
 * @csspart missing - The list of skills to build.
 * @csspart skill - One skill chip (with `matched-skill` or `missing-skill`).
 * @csspart course-link - The link to the course that closes a gap (with `course-href`).
 * @csspart enroll - The Enroll button of a gap's course (without `course-href`).
 * @csspart footer - Below the list: Load more, loading and paging errors.
 * @csspart load-more - The Load more button.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error states.
 * @csspart empty - The empty state.
 * @cssprop [--up-job-score-size=3rem] - Diameter of each row's score ring.
 * @cssprop [--up-job-row-padding=1rem 1.25rem] - Padding of each row.
 * @cssprop [--up-color-primary] - Links, score ring, selection and the Remote badge.
 * @cssprop [--up-color-on-primary] - Text on primary buttons.
 * @cssprop [--up-color-surface] - Background.
 * @cssprop [--up-color-surface-muted] - Row hover and focus background, skeletons.
 * @cssprop [--up-color-text] - Main text.
 * @cssprop [--up-color-text-muted] - Secondary text.
 * @cssprop [--up-color-border] - Borders and dividers.
 * @cssprop [--up-color-success] - Skills the learner has.
 * @cssprop [--up-color-warning] - The “Required” mark of a missing skill.
 * @cssprop [--up-color-danger] - Error marks.
 * @cssprop [--up-color-focus] - Focus outline.
 * @cssprop [--up-radius=12px] - Corner radius.
 * @cssprop [--up-font-family=system-ui] - Font stack.
 */
export class UpJobMatchList extends UpElement {
  static override styles = styles;
  static override properties = {
    learnerId: { attribute: 'learner-id' },
    minScore: { attribute: 'min-score', type: Number },
    location: {},
    remote: { type: Boolean, converter: { fromAttribute: (value: string | null) => value !== null && value !== 'false' } },
    pageSize: { attribute: 'page-size', type: Number },
    jobMatches: { attribute: false },
  };

  /**
   * Whose matches to load: `me` (the session's learner) or a learner id (`lrn_…`); needs an `<up-provider>`.
   * @attr learner-id
   */
  declare learnerId: string | undefined;
  /**
   * Lowest score shown, from 0 to 1 (the API's default is 0.2).
   * @attr min-score
   */
  declare minScore: number | undefined;
  /**
   * Only jobs whose city, region or country contains this text.
   * @attr location
   */
  declare location: string | undefined;
  /**
   * Only remote jobs (`remote="false"` counts as absent).
   * @attr remote
   */
  declare remote: boolean;
  /**
   * Matches fetched per request, 1 to 100.
   * @attr page-size
   */
  declare pageSize: number;
  /** The matches to show, best first, instead of loading `learner-id`'s. */
  declare jobMatches: JobMatch[] | undefined;

  #context = new ContextConsumer(this, { context: upskillContext, subscribe: true });
  #matches: Loader<JobMatch[]> = new Loader<JobMatch[]>(this);
  /** Every row loaded so far (the first page and those after it). */
  #rows: JobMatch[] = [];
  /** The last page fetched, which knows whether another follows. */
  #page: PageLike<JobMatch> | undefined;
  /** Bumped whenever the rows start over, so a late page of an old query is dropped. */
  #generation = 0;
  /** Loading a further page: `Empty` while idle. */
  #more = LoadState.Empty;
  #active = 0;
  #selected: string | undefined;
  #range: [number, number] = [0, -1];
  #enrolling = new Set<string>();
  #enrolled = new Set<string>();
  #virtualLoading: Promise<unknown> | undefined;
  #laidOut: Promise<unknown> = Promise.resolve();
  #laidOutRows: JobMatch[] | undefined;
  #footerObserver: IntersectionObserver | undefined;
  #observed: Element | undefined;

  constructor() {
    super();
    this.remote = false;
    this.pageSize = 50;
  }

  /**
   * Resolves once the current matches are on screen: the element has updated, the virtualizer
   * (for long lists) has loaded, and the rows near the viewport are laid out. For tests and
   * benchmarks.
   */
  get renderComplete(): Promise<void> {
    return (async () => {
      do {
        await this.updateComplete;
        await this.#virtualLoading;
      } while (this.isUpdatePending);
      await this.#laidOut;
    })();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof IntersectionObserver === 'function') {
      this.#footerObserver = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.#loadMore();
      });
      // Back in a page: the next update observes the footer again.
      if (this.hasUpdated) this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#footerObserver?.disconnect();
    this.#footerObserver = undefined;
    this.#observed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const client = this.#context.value?.client;
    const { jobMatches, learnerId, minScore, location, remote, pageSize } = this;
    const language = this.i18n.language;
    this.#matches.watch(
      jobMatches !== undefined
        ? [jobMatches]
        : [learnerId, minScore, location, remote, pageSize, client, language],
      (signal) => {
        this.#restart();
        if (jobMatches !== undefined) {
          if (!Array.isArray(jobMatches)) {
            throw elementError('invalid_attribute', `<up-job-match-list> .jobMatches must be an array of job matches, not ${typeof jobMatches}.`);
          }
          return (this.#rows = jobMatches);
        }
        if (learnerId == null) return undefined;
        const query = this.#query();
        if (!client) {
          throw elementError('no_provider', `<up-job-match-list learner-id="${learnerId}"> needs an <up-provider> with a base-url or a .client around it.`);
        }
        return this.#firstPage(client, learnerId, query, language, signal);
      },
    );
    if (changed.has('jobMatches') || changed.has('learnerId')) this.#selected = undefined;
  }

  protected override updated(): void {
    const footer = this.renderRoot.querySelector('.footer') ?? undefined;
    if (footer !== this.#observed) {
      if (this.#observed) this.#footerObserver?.unobserve(this.#observed);
      if (footer) this.#footerObserver?.observe(footer);
      this.#observed = footer;
    }
    const list = this.renderRoot.querySelector<HTMLElement>('.list.virtual');
    if (!list || !virtualizer) {
      this.#laidOut = Promise.resolve();
      this.#laidOutRows = undefined;
    } else if (this.#laidOutRows !== this.#rows) {
      this.#laidOutRows = this.#rows;
      this.#laidOut = virtualizer.laidOut(list);
    }
  }

  /** The query for the API, or an `invalid_attribute` error naming the bad attribute. */
  #query(): JobMatchesQuery {
    const { learnerId = '', minScore, location, pageSize } = this;
    if (!LEARNER_ID.test(learnerId)) {
      throw elementError('invalid_attribute', `<up-job-match-list> learner-id "${learnerId.slice(0, 80)}" is not "me" or a learner id (lrn_…).`);
    }
    if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
      throw elementError('invalid_attribute', `<up-job-match-list> min-score "${this.getAttribute('min-score') ?? String(minScore)}" is not a number from 0 to 1.`);
    }
    if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 100)) {
      throw elementError('invalid_attribute', `<up-job-match-list> page-size "${this.getAttribute('page-size') ?? String(pageSize)}" is not a whole number from 1 to 100.`);
    }
    const query: JobMatchesQuery = { limit: pageSize };
    if (minScore != null) query.minScore = minScore;
    const place = location?.trim();
    if (place) {
      if (place.length > 200) throw elementError('invalid_attribute', '<up-job-match-list> location is longer than 200 characters.');
      query.location = place;
    }
    if (this.remote) query.remote = 'true';
    return query;
  }

  async #firstPage(client: ElementsClient, learnerId: string, query: JobMatchesQuery, language: string, signal: AbortSignal): Promise<JobMatch[]> {
    const generation = this.#generation;
    const page = await client.learners.jobMatches(learnerId, query, { signal, headers: { 'Accept-Language': language } });
    if (generation !== this.#generation || signal.aborted) return this.#rows;
    this.#page = page;
    return (this.#rows = page.data);
  }

  #restart(): void {
    this.#generation++;
    this.#rows = [];
    this.#page = undefined;
    this.#more = LoadState.Empty;
    this.#active = 0;
    this.#range = [0, -1];
  }

  /** Appends the next page, if there is one and none is on its way. */
  async #loadMore(byUser = false): Promise<void> {
    const page = this.#page;
    if (!page?.hasNextPage() || this.#more === LoadState.Loading || (this.#more === LoadState.Error && !byUser)) return;
    const generation = this.#generation;
    const before = this.#rows.length;
    this.#more = LoadState.Loading;
    this.requestUpdate();
    try {
      const next = await page.getNextPage();
      if (generation !== this.#generation) return;
      this.#page = next;
      this.#rows = this.#rows.concat(next.data);
      this.#more = LoadState.Empty;
      this.requestUpdate();
      if (byUser) {
        announce(this.i18n.t(Msg.jobMatchMoreLoaded, { count: this.i18n.number(next.data.length) }));
        if (next.data.length) void this.#focusRow(before);
      } else {
        // Observing the footer afresh reports whether it is still in view (a short page in a tall
        // viewport), which loads the page after.
        await this.renderComplete;
        const footer = this.#observed;
        if (footer) {
          this.#footerObserver?.unobserve(footer);
          this.#footerObserver?.observe(footer);
        }
      }
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#more = LoadState.Error;
      this.requestUpdate();
      this.fail(toErrorDetail(error));
    }
  }

  #titleOf(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"] .title`);
  }

  /** Makes row `index` the tab stop, scrolls it into view (rendering it if virtualized) and focuses it. */
  async #focusRow(index: number): Promise<void> {
    this.#active = Math.max(0, Math.min(index, this.#rows.length - 1));
    this.requestUpdate();
    await this.updateComplete;
    let title = this.#titleOf(this.#active);
    if (!title) {
      virtualizer?.reveal(this.renderRoot.querySelector('.list'), this.#active);
      for (let frame = 0; !title && frame < 10; frame++) {
        await new Promise(requestAnimationFrame);
        await this.updateComplete;
        title = this.#titleOf(this.#active);
      }
    }
    title?.focus();
  }

  #select(index: number): void {
    const match = this.#rows[index];
    if (!match) return;
    this.#active = index;
    this.#selected = match.job.id;
    this.requestUpdate();
    this.emit<UpJobSelectDetail>('up-job-select', { jobId: match.job.id, match });
  }

  #indexOf(event: Event): number | undefined {
    const row = (event.target as Element | null)?.closest?.<HTMLElement>('.row[data-index]');
    return row ? Number(row.dataset.index) : undefined;
  }

  /** Rows that fit in the viewport, for Page Up/Page Down. */
  #pageRows(): number {
    const rows = this.renderRoot.querySelectorAll('.row');
    let visible = 0;
    for (const row of rows) {
      const { top, bottom } = row.getBoundingClientRect();
      if (bottom > 0 && top < innerHeight) visible++;
    }
    return Math.max(1, visible - 1);
  }

  #onKeydown = (event: KeyboardEvent) => {
    const index = this.#indexOf(event);
    if (index === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const onTitle = (event.target as Element).classList.contains('title');
    let target: number;
    switch (event.key) {
      case 'ArrowDown': target = index + 1; break;
      case 'ArrowUp': target = index - 1; break;
      case 'PageDown': target = index + this.#pageRows(); break;
      case 'PageUp': target = index - this.#pageRows(); break;
      case 'Home': target = 0; break;
      case 'End': target = this.#rows.length - 1; break;
      case 'Enter':
      case ' ':
        if (!onTitle) return;
        event.preventDefault();
        this.#select(index);
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.#focusRow(target);
  };

  #onClick = (event: MouseEvent) => {
    const index = this.#indexOf(event);
    if (index === undefined) return;
    const control = (event.target as Element).closest('a, button');
    if (control && !control.classList.contains('title')) return;
    if (!control) {
      const root: (ShadowRoot & { getSelection?: () => Selection | null }) | null = this.shadowRoot;
      const selection = root?.getSelection?.() ?? document.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    }
    this.#select(index);
    if (!control) this.#titleOf(index)?.focus();
  };

  #onFocusin = (event: FocusEvent) => {
    const index = this.#indexOf(event);
    if (index !== undefined && index !== this.#active) {
      this.#active = index;
      this.requestUpdate();
    }
  };

  #onRange = (event: Event) => {
    const { first, last } = event as Event & { first: number; last: number };
    this.#range = [first, last];
    if (last >= this.#rows.length - PREFETCH_ROWS) void this.#loadMore();
  };

  async #enroll(course: RecommendedCourse): Promise<void> {
    if (this.#enrolling.has(course.id)) return;
    if (!this.emit<UpEnrollDetail>('up-enroll', { courseId: course.id }, true)) return;
    const context = this.#context.value;
    if (!context?.client || !context.session) return;
    const learnerId = this.learnerId && LEARNER_ID.test(this.learnerId) ? this.learnerId : 'me';
    this.#enrolling.add(course.id);
    this.requestUpdate();
    try {
      await context.client.enrollments.create({ learnerId, courseId: course.id });
      this.#enrolled.add(course.id);
      announce(this.i18n.t(Msg.enrolled, { title: course.title }));
    } catch (error) {
      announce(this.i18n.t(Msg.enrollFailed));
      this.fail(toErrorDetail(error));
    } finally {
      this.#enrolling.delete(course.id);
      this.requestUpdate();
    }
  }

  protected override render() {
    const { state, error } = this.#matches;
    if (state === LoadState.Loading) return this.#renderSkeleton();
    if (state === LoadState.Ready && this.#rows.length) return this.#renderList();
    return html`<div class="frame">${error
      ? errorState(this.i18n, error, () => this.#matches.retry())
      : emptyState(this.i18n.t(Msg.jobMatchesEmpty))}</div>`;
  }

  #renderSkeleton() {
    const row = html`<div class="row"><span class="skeleton ring"></span><div class="main">
      <span class="skeleton line"></span><span class="skeleton line"></span><span class="skeleton line"></span>
    </div></div>`;
    return html`<div class="frame" part="frame skeleton" aria-busy="true">
      ${row}${row}${row}<span class="visually-hidden">${this.i18n.t(Msg.loading)}</span>
    </div>`;
  }

  #renderList() {
    const { i18n } = this;
    const rows = this.#rows;
    const more = Boolean(this.#page?.hasNextPage());
    const count = i18n.t(
      more ? Msg.jobMatchCountMore : new Intl.PluralRules(i18n.locale).select(rows.length) === 'one' ? Msg.jobMatchCountOne : Msg.jobMatchCountOther,
      { count: i18n.number(rows.length) },
    );
    if (this.#active >= rows.length) this.#active = 0;
    const long = rows.length > VIRTUALIZE_AFTER;
    if (long && !virtualizer) {
      virtualizerLoading ??= import('./virtual.js').then((module) => (virtualizer = module));
      this.#virtualLoading ??= virtualizerLoading.then(() => this.requestUpdate());
    }
    let list: TemplateResult;
    if (long && virtualizer) {
      list = html`<div class="list virtual" part="list" role="list" aria-labelledby="heading"
        @keydown=${this.#onKeydown} @click=${this.#onClick} @focusin=${this.#onFocusin} @rangeChanged=${this.#onRange}
        >${virtualizer.virtualRows(this, rows, (match, index) => this.#renderRow(match, index))}</div>`;
    } else {
      // Until the virtualizer has loaded, a long list shows its first rows.
      const shown = long ? rows.slice(0, VIRTUALIZE_AFTER) : rows;
      list = html`<div class="list" part="list" role="list" aria-labelledby="heading"
        @keydown=${this.#onKeydown} @click=${this.#onClick} @focusin=${this.#onFocusin}
        >${shown.map((match, index) => this.#renderRow(match, index))}</div>`;
    }
    return html`<div class="frame" part="frame">
      <div class="header" part="header">
        <p class="heading"><span id="heading" part="heading">${i18n.t(Msg.jobMatches)}</span><bdi class="count" part="count">${count}</bdi></p>
        <p class="legend" part="legend" aria-hidden="true">
          ${i18n.t(Msg.jobMatchEvidence)}
          ${(['credential', 'course', 'self'] as const).map((type) => html`<span>${icon(type)}${i18n.t(EVIDENCE[type])}</span>`)}
        </p>
      </div>
      ${list}
      <div class="footer" part="footer">${this.#renderFooter(more)}</div>
    </div>`;
  }

  #renderFooter(more: boolean) {
    const { i18n } = this;
    if (this.#more === LoadState.Loading) return html`<span>${i18n.t(Msg.loadingMore)}</span>`;
    if (this.#more === LoadState.Error) {
      return html`<span>${i18n.t(Msg.jobMatchLoadMoreFailed)}</span>
        <button class="button secondary" part="retry" type="button" @click=${() => this.#loadMore(true)}>${i18n.t(Msg.retry)}</button>`;
    }
    if (!more) return nothing;
    return html`<button class="button secondary" part="load-more" type="button" @click=${() => this.#loadMore(true)}>${i18n.t(Msg.jobMatchLoadMore)}</button>`;
  }

  /** The row that takes Tab: the active one, or the first rendered one when the active row is scrolled out of a virtualized list. */
  #tabStop(): number {
    const [first, last] = this.#range;
    if (virtualizer && this.#rows.length > VIRTUALIZE_AFTER && last >= first && (this.#active < first || this.#active > last)) return first;
    return this.#active;
  }

  #renderRow(match: JobMatch, index: number) {
    const { i18n } = this;
    const { job } = match;
    const selected = job.id === this.#selected;
    const tabindex = index === this.#tabStop() ? 0 : -1;
    const where = job.location;
    const place = where ? [where.city, where.region, where.country].filter(Boolean).join(', ') : '';
    const score = Math.min(1, Math.max(0, Number(match.score) || 0));
    const setSize = this.#page?.hasNextPage() ? -1 : this.#rows.length;
    return html`<div class=${selected ? 'row selected' : 'row'} part=${selected ? 'row selected' : 'row'} role="listitem"
      data-index=${index} aria-posinset=${index + 1} aria-setsize=${setSize}>
      <up-progress-ring class="score" part="score" value=${score} label=${i18n.t(Msg.matchScore, { score: i18n.percent(score) })}></up-progress-ring>
      <div class="main">
        <div class="head">
          <button class="title" part="title" type="button" tabindex=${tabindex} aria-current=${selected ? 'true' : nothing}>${job.title}</button>
          ${where?.remote ? html`<span class="remote" part="remote">${icon('remote')}${i18n.t(Msg.remote)}</span>` : nothing}
        </div>
        <p class="meta">
          <span class="employer" part="employer">${job.employer?.name}</span>
          ${place ? html`<span class="place" part="location">${icon('place')}${place}</span>` : nothing}
        </p>
        ${match.matchedSkills?.length || match.missingSkills?.length
          ? html`<div class="skills">
              ${this.#renderMatched(match.matchedSkills ?? [], index)} ${this.#renderMissing(match.missingSkills ?? [], index, tabindex)}
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  #renderMatched(skills: MatchedSkill[], index: number) {
    if (!skills.length) return nothing;
    const { i18n } = this;
    return html`<div class="group">
      <span class="label" id="have-${index}">${i18n.t(Msg.matchedSkills)}</span>
      <ul class="chips" part="matched" aria-labelledby="have-${index}">
        ${skills.map((skill) => {
          const evidence = skill.evidence?.type;
          const type: EvidenceType = evidence === 'credential' || evidence === 'course' ? evidence : 'self';
          return html`<li class="chip have ${type}" part="skill matched-skill">
            ${icon(type)}<span>${skill.name}</span><span class="visually-hidden"> (${i18n.t(EVIDENCE[type])})</span>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderMissing(skills: MissingSkill[], index: number, tabindex: number) {
    if (!skills.length) return nothing;
    const { i18n } = this;
    const courseHref = this.#context.value?.courseHref;
    // Split the sentence around the course so the link or name sits where the language puts it.
    const [before = '', after = ''] = i18n.t(Msg.closesGap).split('{title}');
    return html`<div class="group">
      <span class="label" id="need-${index}">${i18n.t(Msg.missingSkills)}</span>
      <ul class="gaps" part="missing" aria-labelledby="need-${index}">
        ${skills.map((skill) => {
          const course = skill.recommendedCourses?.[0];
          const href = course && fillTemplate(courseHref, course.id);
          return html`<li class="gap">
            <span class="chip need" part="skill missing-skill">${icon('gap')}<span>${skill.name}</span>${skill.required
              ? html`<span class="required">${i18n.t(Msg.jobMatchRequired)}</span>`
              : nothing}</span>
            <span class="fix">${course
              ? html`<span class="fix-text">${before}${href
                    ? html`<a part="course-link" href=${href} tabindex=${tabindex}>${course.title}</a>`
                    : html`<span class="course-title">${course.title}</span>`}${after}${typeof course.durationMinutes === 'number'
                    ? html` <span class="duration">· ${i18n.duration(course.durationMinutes)}</span>`
                    : nothing}</span>${href ? nothing : this.#renderEnroll(course, tabindex)}`
              : html`<span class="fix-text">${i18n.t(Msg.jobMatchNoCourse)}</span>`}</span>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderEnroll(course: RecommendedCourse, tabindex: number) {
    const { i18n } = this;
    if (this.#enrolled.has(course.id)) return html`<span class="done">${icon('check')}${i18n.t(Msg.jobMatchEnrolled)}</span>`;
    const busy = this.#enrolling.has(course.id);
    return html`<button class="button secondary" part="enroll" type="button" tabindex=${tabindex} ?disabled=${busy}
      aria-label=${busy ? nothing : i18n.t(Msg.jobMatchEnrollIn, { title: course.title })}
      @click=${() => this.#enroll(course)}>${i18n.t(busy ? Msg.enrolling : Msg.enroll)}</button>`;
  }
}
