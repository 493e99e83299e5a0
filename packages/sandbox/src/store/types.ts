/** Records the store reads and writes: plain data, no SQL types, shared with the services. */

/** Text in the catalog's languages; English is always present. */
export type Localized = { en: string; fr?: string; es?: string };

export interface OrganisationRecord {
  id: string;
  name: string;
  url: string;
  /** JSON of the issuer key record. Secret: never served or logged. */
  issuerKey: string;
}

export interface SkillRecord {
  id: string;
  category: string;
  name: Localized;
  description: Localized;
}

export type CourseLevel = 'foundation' | 'practitioner' | 'specialist';

export interface CourseRecord {
  id: string;
  level: CourseLevel;
  durationMinutes: number;
  sector: string;
  title: Localized;
  summary: Localized;
  lessons: { id: string; title: Localized }[];
  skillIds: string[];
}

export interface CertificationRecord {
  id: string;
  name: Localized;
  description: Localized;
  courseIds: string[];
  skillIds: string[];
  validityMonths: number;
}

export interface LearnerRecord {
  id: string;
  orgId: string;
  externalId: string;
  name: string;
  email: string | null;
  locale: 'en' | 'fr' | 'es';
  subjectId: string;
  shareWithEmployers: boolean;
  consentUpdatedAt: string | null;
  createdAt: string;
}

export interface EnrollmentRecord {
  id: string;
  orgId: string;
  learnerId: string;
  courseId: string;
  completedLessons: number;
  totalLessons: number;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CredentialRow {
  id: string;
  orgId: string;
  learnerId: string | null;
  certificationId: string;
  subjectId: string;
  locale: 'en' | 'fr' | 'es';
  statusIndex: number;
  issuedAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  /** The signed credential as JSON; null while signing is pending. */
  document: string | null;
}

export interface JobSkill {
  id: string;
  level: number;
  required: boolean;
}

export interface JobRecord {
  rowid: number;
  id: string;
  title: string;
  description: string;
  employerId: string;
  employerName: string;
  city: string;
  region: string;
  country: string;
  remote: boolean;
  postedAt: string;
  skills: JobSkill[];
  preferredCertificationIds: string[];
}

/** The slice of a posting that job matching scores, read from the skill → postings index. */
export interface JobCandidate {
  rowid: number;
  id: string;
  postedAt: string;
  city: string;
  region: string;
  country: string;
  remote: boolean;
  /** Compact skill vector `skl_a:3:1,skl_b:2:0` (id:level:required). */
  skills: string;
  /** Comma-separated certification ids. */
  preferredCertifications: string;
}
