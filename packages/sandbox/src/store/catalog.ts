import type { Db } from './database.js';
import type { CertificationRecord, CourseRecord, Localized, SkillRecord } from './types.js';

const text = (json: string) => JSON.parse(json) as Localized;
const ids = (json: string) => JSON.parse(json) as string[];

/** Skills, courses and certifications: written at seed time, read once at start. */
export function catalogStore(db: Db) {
  const c = db.connection;
  const insertSkill = c.prepare('INSERT INTO skills (id, position, category, name, description) VALUES (?, ?, ?, ?, ?)');
  const insertCourse = c.prepare(
    'INSERT INTO courses (id, position, level, duration_minutes, sector, title, summary, lessons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertCourseSkill = c.prepare('INSERT OR IGNORE INTO course_skills (course_id, skill_id) VALUES (?, ?)');
  const insertCertification = c.prepare(
    'INSERT INTO certifications (id, position, name, description, course_ids, skill_ids, validity_months) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    insertSkill(s: SkillRecord, position: number): void {
      insertSkill.run(s.id, position, s.category, JSON.stringify(s.name), JSON.stringify(s.description));
    },
    insertCourse(course: CourseRecord, position: number): void {
      insertCourse.run(
        course.id, position, course.level, course.durationMinutes, course.sector,
        JSON.stringify(course.title), JSON.stringify(course.summary), JSON.stringify(course.lessons),
      );
      for (const skillId of course.skillIds) insertCourseSkill.run(course.id, skillId);
    },
    insertCertification(cert: CertificationRecord, position: number): void {
      insertCertification.run(
        cert.id, position, JSON.stringify(cert.name), JSON.stringify(cert.description),
        JSON.stringify(cert.courseIds), JSON.stringify(cert.skillIds), cert.validityMonths,
      );
    },
    skills(): SkillRecord[] {
      return (c.prepare('SELECT id, category, name, description FROM skills ORDER BY position').all() as {
        id: string; category: string; name: string; description: string;
      }[]).map((r) => ({ id: r.id, category: r.category, name: text(r.name), description: text(r.description) }));
    },
    courses(): CourseRecord[] {
      const skillRows = c.prepare('SELECT course_id, skill_id FROM course_skills ORDER BY rowid').all() as {
        course_id: string; skill_id: string;
      }[];
      const skillsOf = new Map<string, string[]>();
      for (const r of skillRows) (skillsOf.get(r.course_id) ?? skillsOf.set(r.course_id, []).get(r.course_id)!).push(r.skill_id);
      return (c.prepare('SELECT * FROM courses ORDER BY position').all() as {
        id: string; level: CourseRecord['level']; duration_minutes: number; sector: string;
        title: string; summary: string; lessons: string;
      }[]).map((r) => ({
        id: r.id, level: r.level, durationMinutes: r.duration_minutes, sector: r.sector,
        title: text(r.title), summary: text(r.summary), lessons: JSON.parse(r.lessons) as CourseRecord['lessons'],
        skillIds: skillsOf.get(r.id) ?? [],
      }));
    },
    certifications(): CertificationRecord[] {
      return (c.prepare('SELECT * FROM certifications ORDER BY position').all() as {
        id: string; name: string; description: string; course_ids: string; skill_ids: string; validity_months: number;
      }[]).map((r) => ({
        id: r.id, name: text(r.name), description: text(r.description),
        courseIds: ids(r.course_ids), skillIds: ids(r.skill_ids), validityMonths: r.validity_months,
      }));
    },
  };
}
