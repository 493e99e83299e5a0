/**
 * The sandbox's seed data: a skills taxonomy, a course catalog with certifications, two
 * organisations with three demo learners, generated learners and a deterministic job market.
 * Every name, employer and person here is fictional.
 */
export type {
  CourseLevel, Localized, SeedCertification, SeedCourse, SeedJob, SeedOrganisation, SeedPersona, SeedSkill, Sector,
} from './types.js';
export { SEED_REFERENCE_DATE } from './types.js';
export { skills } from './taxonomy.js';
export { certifications, courses } from './catalog.js';
export { generateLearners, organisations, personas, specialCredentials } from './personas.js';
export { employers, generateJobs, type Employer } from './jobs.js';
export { certificationImageSvg, courseImageSvg, organisationImageSvg } from './images.js';
