import type { JobMatch, MatchedSkill, MissingSkill, RecommendedCourse } from '@upskill/sdk/schemas';
import { localize, type Locale } from '../http/locale.js';
import { parseSkillVector, type CourseRecord, type JobCandidate, type JobSkill, type LearnerRecord, type Store } from '../store/index.js';
import { COURSE_LEVEL_SKILL, type Catalog } from './catalog.js';
import { nowIso } from './ids.js';
import type { HeldSkill, Learners } from './learners.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';
import type { Jobs } from './jobs.js';

/**
 * The job-matching formula, all in one place (the README documents it):
 *
 * - candidates: for each skill the learner holds, the {@link CANDIDATES_PER_SKILL} most recently
 *   posted jobs asking for it, read from the skill → postings index (and then kept in memory:
 *   postings are written only when the database is seeded). A job sharing no skill with the
 *   learner is never a candidate, and the work per request grows with the learner's skills, not
 *   with the size of the market;
 * - weights: a required skill weighs {@link REQUIRED_WEIGHT}, a preferred one {@link PREFERRED_WEIGHT};
 * - coverage of one skill: 1 when the learner's level ≥ the level asked; when below,
 *   {@link PARTIAL_CREDIT} × learner level / level asked; 0 when the learner lacks it;
 * - score = Σ weight × coverage / Σ weight, plus {@link CERTIFICATION_BONUS} for each preferred
 *   certification the learner holds, capped at 1, rounded to 3 decimals;
 * - order: score descending, then most recently posted, then job id.
 */
export const CANDIDATES_PER_SKILL = 200;
export const REQUIRED_WEIGHT = 2;
export const PREFERRED_WEIGHT = 1;
export const PARTIAL_CREDIT = 0.5;
export const CERTIFICATION_BONUS = 0.1;
export const DEFAULT_MIN_SCORE = 0.2;
/** Courses recommended per missing skill. */
export const RECOMMENDED_COURSES = 3;

export interface MatchQuery {
  minScore?: number;
  location?: string;
  remote?: boolean;
  cursor?: string;
  limit: number;
}

/** A candidate posting, parsed once for scoring. */
interface Candidate {
  rowid: number;
  id: string;
  postedAt: string;
  remote: boolean;
  /** City, region and country, lower-cased, for the location filter. */
  place: string;
  skills: JobSkill[];
  preferredCertifications: string[];
}

interface Scored {
  candidate: Candidate;
  score: number;
}

/** Scores one posting for a learner (see the formula above). */
export function scoreJob(
  skills: { id: string; level: number; required: boolean }[],
  preferredCertifications: readonly string[],
  profile: ReadonlyMap<string, HeldSkill>,
  heldCertifications: ReadonlySet<string>,
): number {
  let total = 0;
  let covered = 0;
  for (const s of skills) {
    const weight = s.required ? REQUIRED_WEIGHT : PREFERRED_WEIGHT;
    total += weight;
    const held = profile.get(s.id);
    if (held) covered += weight * (held.level >= s.level ? 1 : (PARTIAL_CREDIT * held.level) / s.level);
  }
  let score = total === 0 ? 0 : covered / total;
  for (const id of preferredCertifications) if (heldCertifications.has(id)) score += CERTIFICATION_BONUS;
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

/** Explained, ranked job matches for one learner. */
export class Matching {
  private readonly recommendations = new Map<string, CourseRecord[]>();
  private readonly candidatesBySkill = new Map<string, Candidate[]>();

  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly learners: Learners,
    private readonly jobs: Jobs,
  ) {}

  match(learner: LearnerRecord, prefs: readonly Locale[], query: MatchQuery): { data: JobMatch[]; nextCursor: string | null } {
    const profile = this.learners.skillProfile(learner.id);
    const heldCertifications = new Set(this.store.credentials.held(learner.id, nowIso()).map((c) => c.certificationId));
    const minScore = query.minScore ?? DEFAULT_MIN_SCORE;
    const location = query.location?.toLowerCase();
    const after = query.cursor === undefined ? undefined : decodeCursor('job-matches', query.cursor, ['number', 'string', 'string']);

    const seen = new Set<number>();
    const scored: Scored[] = [];
    for (const skillId of profile.keys()) {
      for (const candidate of this.candidates(skillId)) {
        if (seen.has(candidate.rowid)) continue;
        seen.add(candidate.rowid);
        if (query.remote !== undefined && candidate.remote !== query.remote) continue;
        if (location && !candidate.place.includes(location)) continue;
        const score = scoreJob(candidate.skills, candidate.preferredCertifications, profile, heldCertifications);
        if (score <= 0 || score < minScore) continue;
        if (after && !isAfter(score, candidate, after)) continue;
        scored.push({ candidate, score });
      }
    }
    scored.sort(compare);
    const pageItems = scored.slice(0, query.limit + 1);
    const records = this.store.jobs.byIds(pageItems.slice(0, query.limit).map((s) => s.candidate.id));
    const completedCourses = new Set(this.store.learning.completedCourseIds(learner.id));
    return toPage(
      pageItems,
      query.limit,
      (s) => this.explain(records.get(s.candidate.id)!, s.score, profile, completedCourses, prefs),
      (s) => encodeCursor('job-matches', [s.score, s.candidate.postedAt, s.candidate.id]),
    );
  }

  /** The most recent postings asking for a skill, from the skill → postings index, parsed once. */
  private candidates(skillId: string): Candidate[] {
    let list = this.candidatesBySkill.get(skillId);
    if (!list) {
      list = this.store.jobs.candidatesForSkill(skillId, CANDIDATES_PER_SKILL).map((c: JobCandidate) => ({
        rowid: c.rowid, id: c.id, postedAt: c.postedAt, remote: c.remote,
        place: `${c.city}\n${c.region}\n${c.country}`.toLowerCase(),
        skills: parseSkillVector(c.skills),
        preferredCertifications: c.preferredCertifications === '' ? [] : c.preferredCertifications.split(','),
      }));
      this.candidatesBySkill.set(skillId, list);
    }
    return list;
  }

  private explain(
    job: NonNullable<ReturnType<Store['jobs']['byId']>>, score: number, profile: ReadonlyMap<string, HeldSkill>,
    completedCourses: ReadonlySet<string>, prefs: readonly Locale[],
  ): JobMatch {
    const matchedSkills: MatchedSkill[] = [];
    const missingSkills: MissingSkill[] = [];
    for (const s of job.skills) {
      const held = profile.get(s.id);
      const name = this.catalog.skillName(s.id, prefs);
      if (held && held.level >= s.level) {
        matchedSkills.push({ id: s.id, name, level: Math.min(5, held.level), evidence: held.evidence });
      } else {
        missingSkills.push({
          id: s.id, name, required: s.required,
          ...(held ? { heldLevel: held.level, levelAsked: s.level } : { levelAsked: s.level }),
          recommendedCourses: this.recommend(s.id, s.level, completedCourses, prefs),
        });
      }
    }
    return { job: this.jobs.view(job, prefs), score, matchedSkills, missingSkills };
  }

  /** Courses teaching a skill, the best fit for the level asked first: the lowest level reaching it, then the highest below. */
  private recommend(skillId: string, levelAsked: number, completed: ReadonlySet<string>, prefs: readonly Locale[]): RecommendedCourse[] {
    const key = `${skillId}:${levelAsked}`;
    let ranked = this.recommendations.get(key);
    if (!ranked) {
      const fit = (c: CourseRecord) => {
        const level = COURSE_LEVEL_SKILL[c.level];
        return level >= levelAsked ? level - levelAsked : 10 + levelAsked - level;
      };
      ranked = [...(this.catalog.coursesBySkill.get(skillId) ?? [])]
        .sort((a, b) => fit(a) - fit(b) || a.durationMinutes - b.durationMinutes || a.id.localeCompare(b.id));
      this.recommendations.set(key, ranked);
    }
    return ranked
      .filter((c) => !completed.has(c.id))
      .slice(0, RECOMMENDED_COURSES)
      .map((c) => ({ id: c.id, title: localize(c.title, prefs), level: c.level, durationMinutes: c.durationMinutes }));
  }
}

function compare(a: Scored, b: Scored): number {
  return b.score - a.score ||
    (a.candidate.postedAt < b.candidate.postedAt ? 1 : a.candidate.postedAt > b.candidate.postedAt ? -1 : 0) ||
    (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);
}

function isAfter(score: number, c: Candidate, [s, postedAt, id]: readonly [number, string, string]): boolean {
  if (score !== s) return score < s;
  if (c.postedAt !== postedAt) return c.postedAt < postedAt;
  return c.id > id;
}
