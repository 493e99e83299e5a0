import { certifications, courses } from './catalog.js';
import { createRandom, hashString } from './random.js';
import type { SeedCourse, SeedOrganisation, SeedPersona, Sector } from './types.js';

/** The sandbox's organisations: `[0]` is the demo organisation, `[1]` exists for isolation tests. */
export const organisations: SeedOrganisation[] = [
  { id: 'org_northwind', name: 'Northwind Retail', url: 'https://northwind-retail.example', secretKey: 'sk_test_upskill_demo' },
  { id: 'org_harbourline', name: 'Harbourline Logistics', url: 'https://harbourline-logistics.example', secretKey: 'sk_test_upskill_other' },
];

/** The three demo learners of Northwind Retail, one per stage and language. */
export const personas: SeedPersona[] = [
  {
    id: 'lrn_demo_amara',
    externalId: 'nw-1001',
    name: 'Amara Okafor',
    email: 'amara.okafor@northwind-retail.example',
    locale: 'en',
    stage: 'certified',
    selfSkills: [
      { id: 'skl_store_operations', level: 4 },
      { id: 'skl_ai_customer_service', level: 3 },
      { id: 'skl_spreadsheet_analysis', level: 3 },
      { id: 'skl_omnichannel', level: 2 },
      { id: 'skl_kpi_design', level: 2 },
    ],
    completedCourseIds: ['crs_ai_at_work', 'crs_prompt_writing_basics', 'crs_smarter_meetings', 'crs_retail_ai_intro'],
    partialCourses: [
      { courseId: 'crs_customer_service_ai', lessonsDone: 3 },
      { courseId: 'crs_responsible_ai_practice', lessonsDone: 2 },
    ],
  },
  {
    id: 'lrn_demo_lucie',
    externalId: 'nw-1002',
    name: 'Lucie Marchand',
    email: 'lucie.marchand@northwind-retail.example',
    locale: 'fr',
    stage: 'midway',
    selfSkills: [
      { id: 'skl_warehouse_management', level: 3 },
      { id: 'skl_workplace_safety', level: 4 },
      { id: 'skl_last_mile', level: 2 },
      { id: 'skl_fleet_management', level: 2 },
      { id: 'skl_spreadsheet_analysis', level: 2 },
    ],
    completedCourseIds: ['crs_warehouse_today', 'crs_working_with_robots'],
    partialCourses: [
      { courseId: 'crs_route_planning', lessonsDone: 2 },
      { courseId: 'crs_ai_at_work', lessonsDone: 3 },
    ],
  },
  {
    id: 'lrn_demo_mateo',
    externalId: 'nw-1003',
    name: 'Mateo Fernández',
    email: 'mateo.fernandez@northwind-retail.example',
    locale: 'es',
    stage: 'starting',
    selfSkills: [
      { id: 'skl_store_operations', level: 2 },
      { id: 'skl_ai_customer_service', level: 1 },
    ],
    completedCourseIds: [],
    partialCourses: [{ courseId: 'crs_retail_ai_intro', lessonsDone: 1 }],
  },
];

/**
 * Credentials issued directly at seed time so that every badge state can be seen in the demo:
 * Amara's Responsible AI credential has expired (she is renewing it), and one of Lucie's was
 * revoked. Neither learner has completed every course of that certification, so no active
 * credential for it is issued alongside.
 */
export const specialCredentials = {
  expired: { personaId: 'lrn_demo_amara', certificationId: 'crt_responsible_ai', issuedAt: '2025-05-12T10:00:00.000Z' },
  revoked: { personaId: 'lrn_demo_lucie', certificationId: 'crt_supply_chain_planning', issuedAt: '2026-09-14T14:30:00.000Z' },
} as const satisfies Record<'expired' | 'revoked', { personaId: string; certificationId: string; issuedAt: string }>;

const NAMES: Record<SeedPersona['locale'], { first: string[]; last: string[] }> = {
  en: {
    first: ['Olivia', 'Liam', 'Priya', 'Marcus', 'Hannah', 'Daniel', 'Grace', 'Samuel', 'Chloe', 'Ethan', 'Zoe', 'Isaac', 'Aisha', 'Noah', 'Ruby', 'Jamal', 'Megan', 'Tomasz', 'Leah', 'Owen'],
    last: ['Bennett', 'Carter', 'Delgado', 'Ellison', 'Fairbank', 'Gallagher', 'Hughes', 'Iqbal', 'Jennings', 'Kowalski', 'Lambert', 'Mensah', 'Nolan', 'Osei', 'Patel', 'Quinn', 'Reyes', 'Sutton', 'Thornton', 'Walsh'],
  },
  fr: {
    first: ['Camille', 'Louis', 'Inès', 'Hugo', 'Manon', 'Théo', 'Léa', 'Nathan', 'Chloé', 'Julien', 'Sarah', 'Mathis', 'Élodie', 'Karim', 'Pauline', 'Antoine', 'Yasmine', 'Bastien', 'Clémence', 'Romain'],
    last: ['Lefèvre', 'Girard', 'Bonnet', 'Mercier', 'Faure', 'Rousseau', 'Blanchard', 'Guérin', 'Fontaine', 'Chevalier', 'Lemaire', 'Gauthier', 'Perrin', 'Morel', 'Benali', 'Roussel', 'Masson', 'Caron', 'Vidal', 'Brunet'],
  },
  es: {
    first: ['Lucía', 'Javier', 'Carmen', 'Diego', 'Sofía', 'Alejandro', 'Valeria', 'Pablo', 'Marta', 'Andrés', 'Elena', 'Raúl', 'Paula', 'Sergio', 'Ximena', 'Iván', 'Nuria', 'Héctor', 'Daniela', 'Rubén'],
    last: ['García', 'Romero', 'Navarro', 'Torres', 'Ruiz', 'Morales', 'Castillo', 'Ortega', 'Delgado', 'Vargas', 'Herrera', 'Medina', 'Aguilar', 'Serrano', 'Molina', 'Iglesias', 'Cabrera', 'Rojas', 'Pérez', 'Soto'],
  },
};

const LOCALES: SeedPersona['locale'][] = ['en', 'en', 'fr', 'es'];
const SECTORS: Sector[] = ['retail', 'supply-chain', 'logistics', 'agriculture', 'office'];
const LEVEL_ORDER = { foundation: 0, practitioner: 1, specialist: 2 } as const;

/** Per sector, its courses from introductory to expert, and its certifications. */
const bySector = new Map(
  SECTORS.map((sector) => {
    const sectorCourses = courses
      .filter((course) => course.sector === sector)
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
    const ids = new Set(sectorCourses.map((course) => course.id));
    const sectorCertifications = certifications.filter((c) => c.courseIds.some((id) => ids.has(id)));
    const sectorSkills = [...new Set(sectorCourses.flatMap((course) => course.skills))];
    return [sector, { courses: sectorCourses, certifications: sectorCertifications, skills: sectorSkills }];
  }),
);

const asciiSlug = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * Generated learners of an organisation, beyond the demo personas: deterministic for a given
 * `orgId` and index, with self-declared skills and some completed courses (about one in five
 * completes a whole certification) so that job matching has variety. `orgId` defaults to the
 * demo organisation's.
 */
export function generateLearners(count: number, orgId: string = 'org_northwind'): SeedPersona[] {
  const random = createRandom(hashString(`learners:${orgId}`));
  const orgSlug = orgId.replace(/^org_/, '');
  const learners: SeedPersona[] = [];
  for (let index = 0; index < count; index++) {
    const locale = random.pick(LOCALES);
    const names = NAMES[locale];
    const first = random.pick(names.first);
    const last = random.pick(names.last);
    const sector = bySector.get(random.pick(SECTORS));
    if (!sector) throw new Error('unreachable: every sector has an entry');

    const completed = new Set<string>();
    if (random.chance(0.2)) {
      for (const id of random.pick(sector.certifications).courseIds) completed.add(id);
    } else {
      const depth = random.int(0, 3);
      for (const course of sector.courses.slice(0, depth)) completed.add(course.id);
    }
    const partialCourses = random
      .sample(sector.courses.filter((course) => !completed.has(course.id)), random.int(0, 2))
      .map((course: SeedCourse) => ({ courseId: course.id, lessonsDone: random.int(1, course.lessons.length - 1) }));

    const selfSkills = random
      .sample(sector.skills, random.int(2, 6))
      .map((id) => ({ id, level: random.int(1, 4) }));

    const certified = certifications.some((c) => c.courseIds.every((id) => completed.has(id)));
    const number = String(index + 1).padStart(5, '0');
    learners.push({
      id: `lrn_${orgSlug}_${number}`,
      externalId: `${orgSlug}-${number}`,
      name: `${first} ${last}`,
      email: `${asciiSlug(first)}.${asciiSlug(last)}.${number}@${orgSlug}.example`,
      locale,
      stage: certified ? 'certified' : completed.size > 0 ? 'midway' : 'starting',
      selfSkills,
      completedCourseIds: [...completed],
      partialCourses,
    });
  }
  return learners;
}
