// The contract's types, re-exported by the SDK's entry as plain type aliases (so that no
// declaration bundler turns them into value exports: the schemas themselves are only in
// `@upskill/sdk/schemas`).
import type * as contract from './schemas/index.js';

/** The contract's `Certification`. See `@upskill/sdk/schemas`. */
export type Certification = contract.Certification;
/** The contract's `Consent`. See `@upskill/sdk/schemas`. */
export type Consent = contract.Consent;
/** The contract's `ConsentUpdate`. See `@upskill/sdk/schemas`. */
export type ConsentUpdate = contract.ConsentUpdate;
/** The contract's `Course`. See `@upskill/sdk/schemas`. */
export type Course = contract.Course;
/** The contract's `CoursesQuery`. See `@upskill/sdk/schemas`. */
export type CoursesQuery = contract.CoursesQuery;
/** The contract's `CredentialRecord`. See `@upskill/sdk/schemas`. */
export type CredentialRecord = contract.CredentialRecord;
/** The contract's `Endpoint`. See `@upskill/sdk/schemas`. */
export type Endpoint = contract.Endpoint;
/** The contract's `EndpointAuth`. See `@upskill/sdk/schemas`. */
export type EndpointAuth = contract.EndpointAuth;
/** The contract's `Enrollment`. See `@upskill/sdk/schemas`. */
export type Enrollment = contract.Enrollment;
/** The contract's `EnrollmentCreate`. See `@upskill/sdk/schemas`. */
export type EnrollmentCreate = contract.EnrollmentCreate;
/** The contract's `ErrorCode`. See `@upskill/sdk/schemas`. */
export type ErrorCode = contract.ErrorCode;
/** The contract's `Evidence`. See `@upskill/sdk/schemas`. */
export type Evidence = contract.Evidence;
/** The contract's `FieldError`. See `@upskill/sdk/schemas`. */
export type FieldError = contract.FieldError;
/** The contract's `IssuerProfile`. See `@upskill/sdk/schemas`. */
export type IssuerProfile = contract.IssuerProfile;
/** The contract's `Job`. See `@upskill/sdk/schemas`. */
export type Job = contract.Job;
/** The contract's `JobMatch`. See `@upskill/sdk/schemas`. */
export type JobMatch = contract.JobMatch;
/** The contract's `JobMatchesQuery`. See `@upskill/sdk/schemas`. */
export type JobMatchesQuery = contract.JobMatchesQuery;
/** The contract's `JobsQuery`. See `@upskill/sdk/schemas`. */
export type JobsQuery = contract.JobsQuery;
/** The contract's `Learner`. See `@upskill/sdk/schemas`. */
export type Learner = contract.Learner;
/** The contract's `LearnerCreate`. See `@upskill/sdk/schemas`. */
export type LearnerCreate = contract.LearnerCreate;
/** The contract's `LearnerSkill`. See `@upskill/sdk/schemas`. */
export type LearnerSkill = contract.LearnerSkill;
/** The contract's `LearnerUpdate`. See `@upskill/sdk/schemas`. */
export type LearnerUpdate = contract.LearnerUpdate;
/** The contract's `LearnersQuery`. See `@upskill/sdk/schemas`. */
export type LearnersQuery = contract.LearnersQuery;
/** The contract's `Lesson`. See `@upskill/sdk/schemas`. */
export type Lesson = contract.Lesson;
/** The contract's `Level`. See `@upskill/sdk/schemas`. */
export type Level = contract.Level;
/** The contract's `ListQuery`. See `@upskill/sdk/schemas`. */
export type ListQuery = contract.ListQuery;
/** The contract's `Locale`. See `@upskill/sdk/schemas`. */
export type Locale = contract.Locale;
/** The contract's `MatchedSkill`. See `@upskill/sdk/schemas`. */
export type MatchedSkill = contract.MatchedSkill;
/** The contract's `MissingSkill`. See `@upskill/sdk/schemas`. */
export type MissingSkill = contract.MissingSkill;
/** The contract's `OpenBadgeCredential`. See `@upskill/sdk/schemas`. */
export type OpenBadgeCredential = contract.OpenBadgeCredential;
/** The contract's `Problem`. See `@upskill/sdk/schemas`. */
export type Problem = contract.Problem;
/** The contract's `Progress`. See `@upskill/sdk/schemas`. */
export type Progress = contract.Progress;
/** The contract's `ProgressBatch`. See `@upskill/sdk/schemas`. */
export type ProgressBatch = contract.ProgressBatch;
/** The contract's `ProgressBatchResult`. See `@upskill/sdk/schemas`. */
export type ProgressBatchResult = contract.ProgressBatchResult;
/** The contract's `ProgressEvent`. See `@upskill/sdk/schemas`. */
export type ProgressEvent = contract.ProgressEvent;
/** The contract's `RecommendedCourse`. See `@upskill/sdk/schemas`. */
export type RecommendedCourse = contract.RecommendedCourse;
/** The contract's `Session`. See `@upskill/sdk/schemas`. */
export type Session = contract.Session;
/** The contract's `SessionCreate`. See `@upskill/sdk/schemas`. */
export type SessionCreate = contract.SessionCreate;
/** The contract's `Skill`. See `@upskill/sdk/schemas`. */
export type Skill = contract.Skill;
/** The contract's `SkillRef`. See `@upskill/sdk/schemas`. */
export type SkillRef = contract.SkillRef;
/** The contract's `SkillsQuery`. See `@upskill/sdk/schemas`. */
export type SkillsQuery = contract.SkillsQuery;
/** The contract's `StatusListCredential`. See `@upskill/sdk/schemas`. */
export type StatusListCredential = contract.StatusListCredential;
/** A page of items as returned by a list endpoint (the contract's `PageBody`). */
export type PageBody<T> = contract.PageBody<T>;
