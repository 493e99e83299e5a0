import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  SEED_REFERENCE_DATE, certificationImageSvg, certifications, courseImageSvg, courses, employers,
  generateJobs, generateLearners, organisationImageSvg, organisations, personas, skills, specialCredentials,
} from '../src/seed/index.js';

const skillIds = new Set(skills.map((s) => s.id));
const courseById = new Map(courses.map((c) => [c.id, c]));
const certificationById = new Map(certifications.map((c) => [c.id, c]));
const ID = (prefix: string) => new RegExp(`^${prefix}_[A-Za-z0-9_-]{1,64}$`);

function assertUnique(ids: Iterable<string>, what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    assert.ok(!seen.has(id), `duplicate ${what} id ${id}`);
    seen.add(id);
  }
}

describe('skills taxonomy', () => {
  it('has about 60 skills, each named and described in English, French and Spanish', () => {
    assert.ok(skills.length >= 55 && skills.length <= 70, `${skills.length} skills`);
    assertUnique(skills.map((s) => s.id), 'skill');
    for (const s of skills) {
      assert.match(s.id, ID('skl'));
      for (const text of [s.name, s.description]) {
        assert.ok(text.en && text.fr && text.es, `${s.id} lacks a translation`);
      }
      assert.ok(s.category.length > 0);
    }
  });
});

describe('course catalog', () => {
  it('has at least 40 courses over the three levels and the five sectors', () => {
    assert.ok(courses.length >= 40, `${courses.length} courses`);
    const levels = new Set(courses.map((c) => c.level));
    assert.deepEqual([...levels].sort(), ['foundation', 'practitioner', 'specialist']);
    const sectors = new Set(courses.map((c) => c.sector));
    assert.deepEqual([...sectors].sort(), ['agriculture', 'logistics', 'office', 'retail', 'supply-chain']);
    for (const sector of sectors) {
      const inSector = courses.filter((c) => c.sector === sector);
      assert.equal(new Set(inSector.map((c) => c.level)).size, 3, `${sector} lacks a level`);
    }
  });

  it('gives every course valid skills, 3 to 8 lessons with unique ids, and consistent languages', () => {
    assertUnique(courses.map((c) => c.id), 'course');
    for (const course of courses) {
      assert.match(course.id, ID('crs'));
      assert.ok(course.skills.length > 0, `${course.id} teaches no skill`);
      for (const id of course.skills) assert.ok(skillIds.has(id), `${course.id} refers to unknown skill ${id}`);
      assert.ok(course.lessons.length >= 3 && course.lessons.length <= 8, `${course.id} has ${course.lessons.length} lessons`);
      assertUnique(course.lessons.map((l) => l.id), `lesson of ${course.id}`);
      assert.ok(course.durationMinutes > 0);
      for (const lang of ['fr', 'es'] as const) {
        const has = course.title[lang] !== undefined;
        assert.equal(course.summary[lang] !== undefined, has, `${course.id} summary vs title in ${lang}`);
        for (const lesson of course.lessons) {
          assert.match(lesson.id, /^les_/);
          assert.equal(lesson.title[lang] !== undefined, has, `${lesson.id} vs course title in ${lang}`);
        }
      }
    }
  });

  it('is in English with French and Spanish versions of some courses', () => {
    const fr = courses.filter((c) => c.title.fr).length;
    const es = courses.filter((c) => c.title.es).length;
    assert.ok(fr >= 10 && fr < courses.length, `${fr} French courses`);
    assert.ok(es >= 10 && es < courses.length, `${es} Spanish courses`);
  });

  it('teaches every skill of the taxonomy in at least one course', () => {
    const taught = new Set(courses.flatMap((c) => c.skills));
    assert.deepEqual(skills.filter((s) => !taught.has(s.id)).map((s) => s.id), []);
  });
});

describe('certifications', () => {
  it('has at least 6 programs of 2 to 4 existing courses, valid 12 to 36 months', () => {
    assert.ok(certifications.length >= 6);
    assertUnique(certifications.map((c) => c.id), 'certification');
    for (const cert of certifications) {
      assert.match(cert.id, ID('crt'));
      assert.ok(cert.courseIds.length >= 2 && cert.courseIds.length <= 4, `${cert.id} has ${cert.courseIds.length} courses`);
      for (const id of cert.courseIds) assert.ok(courseById.has(id), `${cert.id} refers to unknown course ${id}`);
      for (const id of cert.skills) assert.ok(skillIds.has(id), `${cert.id} refers to unknown skill ${id}`);
      assert.ok(cert.validityMonths >= 12 && cert.validityMonths <= 36);
      assert.ok(cert.name.en && cert.name.fr && cert.name.es && cert.description.fr && cert.description.es);
    }
  });
});

describe('organisations and personas', () => {
  it('has the demo organisation and a second one with the well-known test keys', () => {
    assert.equal(organisations[0]?.name, 'Northwind Retail');
    assert.equal(organisations[0]?.secretKey, 'sk_test_upskill_demo');
    assert.equal(organisations[1]?.secretKey, 'sk_test_upskill_other');
    for (const org of organisations) assert.match(org.id, ID('org'));
  });

  it('has three demo learners at the three stages, in three languages', () => {
    assert.equal(personas.length, 3);
    assert.deepEqual(personas.map((p) => p.stage).sort(), ['certified', 'midway', 'starting']);
    assert.deepEqual(personas.map((p) => p.locale).sort(), ['en', 'es', 'fr']);
    assertUnique(personas.map((p) => p.id), 'persona');
  });

  it('refers only to existing courses and skills, with lesson counts within each course', () => {
    for (const p of [...personas, ...generateLearners(200, 'org_northwind')]) {
      assert.match(p.id, ID('lrn'));
      for (const s of p.selfSkills) {
        assert.ok(skillIds.has(s.id), `${p.id} declares unknown skill ${s.id}`);
        assert.ok(s.level >= 1 && s.level <= 5);
      }
      for (const id of p.completedCourseIds) assert.ok(courseById.has(id), `${p.id}: unknown course ${id}`);
      for (const { courseId, lessonsDone } of p.partialCourses) {
        const course = courseById.get(courseId);
        assert.ok(course, `${p.id}: unknown course ${courseId}`);
        assert.ok(lessonsDone >= 0 && lessonsDone < course.lessons.length);
        assert.ok(!p.completedCourseIds.includes(courseId), `${p.id}: ${courseId} both complete and partial`);
      }
    }
  });

  it('makes the certified persona complete a certification, and the starting one barely begin', () => {
    const certified = personas.find((p) => p.stage === 'certified');
    assert.ok(certified);
    assert.ok(certifications.some((c) => c.courseIds.every((id) => certified.completedCourseIds.includes(id))));
    const midway = personas.find((p) => p.stage === 'midway');
    assert.ok(midway && midway.completedCourseIds.length > 0 && midway.partialCourses.length > 0);
    assert.ok(!certifications.some((c) => c.courseIds.every((id) => midway.completedCourseIds.includes(id))));
    const starting = personas.find((p) => p.stage === 'starting');
    assert.ok(starting);
    assert.equal(starting.completedCourseIds.length, 0);
    assert.equal(starting.partialCourses.length, 1);
    assert.ok((starting.partialCourses[0]?.lessonsDone ?? 2) <= 1);
  });

  it('places the expired and revoked credentials on learners who would not earn them again at seed', () => {
    const starting = personas.find((p) => p.stage === 'starting');
    for (const entry of Object.values(specialCredentials)) {
      const persona = personas.find((p) => p.id === entry.personaId);
      const cert = certificationById.get(entry.certificationId);
      assert.ok(persona && cert, `unknown persona or certification in ${JSON.stringify(entry)}`);
      assert.notEqual(persona.id, starting?.id);
      assert.ok(!cert.courseIds.every((id) => persona.completedCourseIds.includes(id)));
      assert.ok(Date.parse(entry.issuedAt) < Date.parse(SEED_REFERENCE_DATE));
    }
    const { expired } = specialCredentials;
    const validUntil = new Date(expired.issuedAt);
    validUntil.setUTCMonth(validUntil.getUTCMonth() + (certificationById.get(expired.certificationId)?.validityMonths ?? 0));
    assert.ok(validUntil.getTime() < Date.parse(SEED_REFERENCE_DATE), 'the expired credential is still valid');
  });

  it('generates learners deterministically, per organisation, with variety', () => {
    assert.deepEqual(generateLearners(50, 'org_northwind'), generateLearners(50, 'org_northwind'));
    assert.deepEqual(generateLearners(50, 'org_northwind').slice(0, 20), generateLearners(20, 'org_northwind'));
    const learners = generateLearners(100, 'org_northwind');
    assertUnique([...learners, ...personas, ...generateLearners(100, 'org_harbourline')].map((l) => l.id), 'learner');
    assertUnique(learners.map((l) => l.externalId), 'external');
    assert.equal(new Set(learners.map((l) => l.stage)).size, 3);
    assert.ok(learners.every((l) => l.selfSkills.length >= 2));
  });
});

describe('job generator', () => {
  it('is deterministic, and a shorter run is a prefix of a longer one', () => {
    const a = [...generateJobs(300)];
    assert.deepEqual(a, [...generateJobs(300)]);
    assert.deepEqual(a.slice(0, 50), [...generateJobs(50)]);
  });

  it('generates 100,000 postings with unique ids and valid references', () => {
    const ids = new Set<string>();
    const courseSkills = new Set(courses.flatMap((c) => c.skills));
    const countries = new Set<string>();
    let remote = 0;
    let withCertification = 0;
    const reference = Date.parse(SEED_REFERENCE_DATE);
    for (const job of generateJobs(100_000)) {
      assert.ok(!ids.has(job.id), `duplicate job id ${job.id}`);
      ids.add(job.id);
      if (ids.size > 2000) continue; // full checks on a sample; ids on all
      assert.match(job.id, ID('job'));
      assert.match(job.employer.id, ID('emp'));
      assert.ok(job.skills.length >= 3 && job.skills.length <= 7, `${job.id} has ${job.skills.length} skills`);
      const required = job.skills.filter((s) => s.required).length;
      assert.ok(required >= 1 && required <= 4, `${job.id} has ${required} required skills`);
      assertUnique(job.skills.map((s) => s.id), `skill of ${job.id}`);
      for (const s of job.skills) {
        assert.ok(skillIds.has(s.id), `${job.id} asks for unknown skill ${s.id}`);
        assert.ok(Number.isInteger(s.level) && s.level >= 1 && s.level <= 5);
      }
      assert.ok(job.skills.some((s) => courseSkills.has(s.id)), `${job.id} shares no skill with any course`);
      for (const id of job.preferredCertificationIds) assert.ok(certificationById.has(id));
      const posted = Date.parse(job.postedAt);
      assert.ok(posted <= reference && posted >= reference - 90 * 86_400_000, `${job.id} posted ${job.postedAt}`);
      assert.ok(job.title && job.description && job.location.city && job.location.region);
      countries.add(job.location.country);
      if (job.location.remote) remote++;
      if (job.preferredCertificationIds.length) withCertification++;
    }
    assert.equal(ids.size, 100_000);
    assert.ok(countries.size >= 6, `${countries.size} countries`);
    assert.ok(remote > 200 && remote < 400, `${remote} remote of 2000`);
    assert.ok(withCertification > 0);
  });

  it('uses about 200 fictional employers with unique ids and names', () => {
    assert.ok(employers.length >= 150);
    assertUnique(employers.map((e) => e.id), 'employer');
    assertUnique(employers.map((e) => e.name), 'employer name');
  });
});

describe('images', () => {
  const wellFormed = (svg: string | undefined, what: string): void => {
    assert.ok(svg, `${what} has no image`);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d. ]+"[^>]*>.*<\/svg>$/s);
    // Every tag opened is closed (self-closing tags aside).
    const opened = [...svg.matchAll(/<([a-zA-Z]+)(?:\s[^>]*)?(?<!\/)>/g)].map((m) => m[1]);
    const closed = [...svg.matchAll(/<\/([a-zA-Z]+)>/g)].map((m) => m[1]);
    assert.deepEqual(opened.sort(), closed.sort(), `${what}: unbalanced tags`);
    // Nothing external: no URL other than the SVG namespace, no href, no script.
    const withoutNamespace = svg.replace('xmlns="http://www.w3.org/2000/svg"', '');
    assert.doesNotMatch(withoutNamespace, /https?:|href|<script|<image|@import/i, `${what} refers to something external`);
    assert.doesNotMatch(svg, /NaN|undefined/);
  };

  it('draws a 16:9 cover for every course, a badge for every certification and a logo per organisation', () => {
    for (const course of courses) {
      const svg = courseImageSvg(course.id);
      wellFormed(svg, course.id);
      assert.match(svg ?? '', /viewBox="0 0 640 360"/);
    }
    for (const cert of certifications) wellFormed(certificationImageSvg(cert.id), cert.id);
    for (const org of organisations) wellFormed(organisationImageSvg(org.id), org.id);
  });

  it('answers undefined for unknown ids, and the same image for the same id', () => {
    assert.equal(courseImageSvg('crs_nope'), undefined);
    assert.equal(certificationImageSvg('crt_nope'), undefined);
    assert.equal(organisationImageSvg('org_nope'), undefined);
    assert.equal(courseImageSvg('crs_ai_at_work'), courseImageSvg('crs_ai_at_work'));
    assert.notEqual(courseImageSvg('crs_ai_at_work'), courseImageSvg('crs_prompt_writing_basics'));
  });
});
