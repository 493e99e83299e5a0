/** Text in English, with French and Spanish where a translation exists. */
export type Localized = { en: string; fr?: string; es?: string };

/** A skill of the taxonomy. */
export interface SeedSkill {
  id: string;
  name: Localized;
  /** A slug grouping related skills, such as `data` or `logistics`. */
  category: string;
  description: Localized;
}

/** The sectors the catalog and the job market are organised by. */
export type Sector = 'retail' | 'supply-chain' | 'logistics' | 'agriculture' | 'office';

/** Course levels, from introductory to expert. */
export type CourseLevel = 'foundation' | 'practitioner' | 'specialist';

/** A course of the catalog. Every lesson carries the same languages as the course title. */
export interface SeedCourse {
  id: string;
  title: Localized;
  summary: Localized;
  level: CourseLevel;
  durationMinutes: number;
  sector: Sector;
  /** Skill ids taught by the course. */
  skills: string[];
  lessons: { id: string; title: Localized }[];
}

/** A certification program: completing every one of its courses issues its credential. */
export interface SeedCertification {
  id: string;
  name: Localized;
  description: Localized;
  courseIds: string[];
  /** Skill ids certified: every skill taught by its courses. */
  skills: string[];
  validityMonths: number;
}

/** A partner organisation, with its sandbox secret key. */
export interface SeedOrganisation {
  id: string;
  name: string;
  url: string;
  secretKey: string;
}

/** A learner to create at seed time, with the progress to replay. */
export interface SeedPersona {
  id: string;
  externalId: string;
  name: string;
  email: string;
  locale: 'en' | 'fr' | 'es';
  stage: 'certified' | 'midway' | 'starting';
  /** Self-declared skills, level 1..5. */
  selfSkills: { id: string; level: number }[];
  /** Courses with every lesson completed. */
  completedCourseIds: string[];
  /** Enrolled courses with the first `lessonsDone` lessons completed (0 = enrolled only). */
  partialCourses: { courseId: string; lessonsDone: number }[];
}

/** A job posting. */
export interface SeedJob {
  id: string;
  title: string;
  employer: { id: string; name: string };
  location: { city: string; region: string; country: string; remote: boolean };
  skills: { id: string; level: number; required: boolean }[];
  preferredCertificationIds: string[];
  /** ISO 8601, within the 90 days before {@link SEED_REFERENCE_DATE}. */
  postedAt: string;
  description: string;
}

/**
 * The fixed "today" of the seed data: job posting dates and special credentials are computed
 * from it, never from the clock, so two seeds are identical.
 */
export const SEED_REFERENCE_DATE = '2026-11-16T09:00:00.000Z';
