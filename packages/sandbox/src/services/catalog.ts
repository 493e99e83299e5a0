import type { Certification, Course, Skill } from '@upskill/sdk/schemas';
import { bestLanguage, localize, type Locale } from '../http/locale.js';
import { notFound } from '../http/problem.js';
import type { CertificationRecord, CourseLevel, CourseRecord, SkillRecord, Store } from '../store/index.js';
import { PageCache } from './page-cache.js';
import { decodeCursor, encodeCursor, invalidCursor, toPage } from './pagination.js';

/** The skill level a course's level teaches (foundation 2, practitioner 3, specialist 4). */
export const COURSE_LEVEL_SKILL: Record<CourseLevel, number> = { foundation: 2, practitioner: 3, specialist: 4 };

const LOCALES: readonly Locale[] = ['en', 'fr', 'es'];

export interface CourseFilters { q?: string; skill?: string; level?: CourseLevel; language?: Locale }

/**
 * The catalog (skills, courses, certifications), read from the store once at start and served
 * from memory: it changes only when the database is seeded, before the services are wired. An
 * instance is a snapshot: its localized views and serialized pages are cached for its lifetime,
 * and a changed catalog means a new instance (with empty caches).
 */
export class Catalog {
  readonly skills: SkillRecord[];
  readonly courses: CourseRecord[];
  readonly certifications: CertificationRecord[];
  readonly skillById = new Map<string, SkillRecord>();
  readonly courseById = new Map<string, CourseRecord>();
  readonly certificationById = new Map<string, CertificationRecord>();
  /** Courses teaching each skill. */
  readonly coursesBySkill = new Map<string, CourseRecord[]>();
  /** Certifications each course counts towards. */
  readonly certificationsByCourse = new Map<string, CertificationRecord[]>();
  private readonly coursePosition = new Map<string, number>();
  private readonly views = new Map<string, Course[]>();
  private readonly searchText = new Map<string, string>();
  /** Serialized list pages of this snapshot, keyed by language preferences and query string. */
  readonly pages = new PageCache();

  constructor(store: Store, private readonly publicUrl: string) {
    this.skills = store.catalog.skills();
    this.courses = store.catalog.courses();
    this.certifications = store.catalog.certifications();
    for (const s of this.skills) this.skillById.set(s.id, s);
    this.courses.forEach((course, i) => {
      this.courseById.set(course.id, course);
      this.coursePosition.set(course.id, i);
      for (const skillId of course.skillIds) {
        (this.coursesBySkill.get(skillId) ?? this.coursesBySkill.set(skillId, []).get(skillId)!).push(course);
      }
      this.searchText.set(course.id, [...Object.values(course.title), ...Object.values(course.summary)].join('\n').toLowerCase());
    });
    for (const cert of this.certifications) {
      this.certificationById.set(cert.id, cert);
      for (const courseId of cert.courseIds) {
        (this.certificationsByCourse.get(courseId) ?? this.certificationsByCourse.set(courseId, []).get(courseId)!).push(cert);
      }
    }
  }

  skillUrl(id: string): string {
    return `${this.publicUrl}/v1/skills/${id}`;
  }

  skillName(id: string, prefs: readonly Locale[]): string {
    const skill = this.skillById.get(id);
    return skill ? localize(skill.name, prefs) : id;
  }

  skillView(skill: SkillRecord, prefs: readonly Locale[]): Skill {
    return {
      id: skill.id, name: localize(skill.name, prefs), category: skill.category,
      description: localize(skill.description, prefs), url: this.skillUrl(skill.id),
    };
  }

  listSkills(prefs: readonly Locale[], q: string | undefined, cursor: string | undefined, limit: number) {
    const needle = q?.toLowerCase();
    let start = 0;
    if (cursor !== undefined) {
      const [afterId] = decodeCursor('skills', cursor, ['string']);
      start = this.skills.findIndex((s) => s.id === afterId) + 1;
      if (start === 0) throw invalidCursor();
    }
    const matches: SkillRecord[] = [];
    for (let i = start; i < this.skills.length && matches.length <= limit; i++) {
      const s = this.skills[i]!;
      if (needle && !`${Object.values(s.name).join(' ')} ${s.category}`.toLowerCase().includes(needle)) continue;
      matches.push(s);
    }
    return toPage(matches, limit, (s) => this.skillView(s, prefs), (s) => encodeCursor('skills', [s.id]));
  }

  getSkill(id: string, prefs: readonly Locale[]): Skill {
    const skill = this.skillById.get(id);
    if (!skill) throw notFound(`No skill "${id}".`);
    return this.skillView(skill, prefs);
  }

  courseView(course: CourseRecord, prefs: readonly Locale[]): Course {
    return this.localizedCourses(prefs)[this.coursePosition.get(course.id)!]!;
  }

  private localizedCourses(prefs: readonly Locale[]): Course[] {
    const key = prefs.join(',');
    let views = this.views.get(key);
    if (!views) {
      views = this.courses.map((course) => this.buildCourse(course, prefs));
      if (this.views.size > 64) this.views.clear();
      this.views.set(key, views);
    }
    return views;
  }

  private buildCourse(course: CourseRecord, prefs: readonly Locale[]): Course {
    const language = bestLanguage(prefs, course.title, course.summary);
    const only = [language];
    return {
      id: course.id,
      title: localize(course.title, only),
      summary: localize(course.summary, only),
      language,
      languages: LOCALES.filter((l) => course.title[l] && course.summary[l]),
      level: course.level,
      durationMinutes: course.durationMinutes,
      sector: course.sector,
      lessons: course.lessons.map((lesson) => ({ id: lesson.id, title: localize(lesson.title, [language]) })),
      skills: course.skillIds.map((id) => ({ id, name: this.skillName(id, prefs) })),
      imageUrl: `${this.publicUrl}/v1/images/courses/${course.id}.svg`,
    };
  }

  listCourses(prefs: readonly Locale[], filters: CourseFilters, cursor: string | undefined, limit: number) {
    const views = this.localizedCourses(prefs);
    const needle = filters.q?.toLowerCase();
    let start = 0;
    if (cursor !== undefined) {
      const [afterId] = decodeCursor('courses', cursor, ['string']);
      const position = this.coursePosition.get(afterId);
      if (position === undefined) throw invalidCursor();
      start = position + 1;
    }
    const matches: Course[] = [];
    for (let i = start; i < this.courses.length && matches.length <= limit; i++) {
      const course = this.courses[i]!;
      if (filters.level && course.level !== filters.level) continue;
      if (filters.skill && !course.skillIds.includes(filters.skill)) continue;
      if (filters.language && !(course.title[filters.language] && course.summary[filters.language])) continue;
      if (needle && !this.searchText.get(course.id)!.includes(needle)) continue;
      matches.push(views[i]!);
    }
    return toPage(matches, limit, (c) => c, (c) => encodeCursor('courses', [c.id]));
  }

  getCourse(id: string, prefs: readonly Locale[]): Course {
    const course = this.courseById.get(id);
    if (!course) throw notFound(`No course "${id}".`);
    return this.courseView(course, prefs);
  }

  certificationView(cert: CertificationRecord, prefs: readonly Locale[]): Certification {
    return {
      id: cert.id,
      name: localize(cert.name, prefs),
      description: localize(cert.description, prefs),
      courseIds: cert.courseIds,
      skills: cert.skillIds.map((id) => ({ id, name: this.skillName(id, prefs) })),
      validityMonths: cert.validityMonths,
      imageUrl: `${this.publicUrl}/v1/images/certifications/${cert.id}.svg`,
    };
  }

  listCertifications(prefs: readonly Locale[], cursor: string | undefined, limit: number) {
    let start = 0;
    if (cursor !== undefined) {
      const [afterId] = decodeCursor('certifications', cursor, ['string']);
      start = this.certifications.findIndex((c) => c.id === afterId) + 1;
      if (start === 0) throw invalidCursor();
    }
    const items = this.certifications.slice(start, start + limit + 1);
    return toPage(items, limit, (c) => this.certificationView(c, prefs), (c) => encodeCursor('certifications', [c.id]));
  }

  getCertification(id: string, prefs: readonly Locale[]): Certification {
    const cert = this.certificationById.get(id);
    if (!cert) throw notFound(`No certification "${id}".`);
    return this.certificationView(cert, prefs);
  }
}

