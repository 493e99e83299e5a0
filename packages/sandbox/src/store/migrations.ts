/** One schema change; versions only ever grow, and an applied migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The schema, as a sequence of migrations applied in order by `openDatabase`. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        key_hash TEXT NOT NULL UNIQUE,
        issuer_key TEXT NOT NULL,
        next_status_index INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );

      CREATE TABLE skills (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        category TEXT NOT NULL,
        name TEXT NOT NULL,          -- JSON: { en, fr?, es? }
        description TEXT NOT NULL    -- JSON
      );

      CREATE TABLE courses (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        level TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        sector TEXT NOT NULL,
        title TEXT NOT NULL,         -- JSON
        summary TEXT NOT NULL,       -- JSON
        lessons TEXT NOT NULL        -- JSON: [{ id, title: { en, … } }]
      );
      CREATE TABLE course_skills (
        course_id TEXT NOT NULL REFERENCES courses(id),
        skill_id TEXT NOT NULL REFERENCES skills(id),
        PRIMARY KEY (course_id, skill_id)
      );
      CREATE INDEX course_skills_by_skill ON course_skills(skill_id);

      CREATE TABLE certifications (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,          -- JSON
        description TEXT NOT NULL,   -- JSON
        course_ids TEXT NOT NULL,    -- JSON array
        skill_ids TEXT NOT NULL,     -- JSON array
        validity_months INTEGER NOT NULL
      );

      CREATE TABLE learners (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        external_id TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT,
        locale TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        share_with_employers INTEGER NOT NULL DEFAULT 0,
        consent_updated_at TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (org_id, external_id)
      );
      CREATE INDEX learners_by_org ON learners(org_id, id);

      CREATE TABLE learner_skills (
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        skill_id TEXT NOT NULL,
        level INTEGER NOT NULL,
        PRIMARY KEY (learner_id, skill_id)
      );

      CREATE TABLE enrollments (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        completed_lessons INTEGER NOT NULL DEFAULT 0,
        total_lessons INTEGER NOT NULL,
        completed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (learner_id, course_id)
      );

      CREATE TABLE lesson_completions (
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        completed_at TEXT NOT NULL,
        PRIMARY KEY (learner_id, course_id, lesson_id)
      );

      CREATE TABLE progress_events (
        org_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        received_at TEXT NOT NULL,
        PRIMARY KEY (org_id, event_id)
      );
      CREATE INDEX progress_events_by_learner ON progress_events(learner_id);

      CREATE TABLE idempotency_keys (
        org_id TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        learner_id TEXT REFERENCES learners(id) ON DELETE CASCADE,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (org_id, key)
      );
      CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at);

      -- A credential row outlives its learner (learner_id becomes NULL on erasure): the holder
      -- keeps a valid, publicly retrievable credential. document is NULL until signed.
      CREATE TABLE credentials (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        learner_id TEXT REFERENCES learners(id) ON DELETE SET NULL,
        certification_id TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        locale TEXT NOT NULL,
        status_index INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT,
        document TEXT,
        UNIQUE (org_id, status_index)
      );
      CREATE INDEX credentials_by_learner ON credentials(learner_id, id);

      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        employer_id TEXT NOT NULL,
        employer_name TEXT NOT NULL,
        city TEXT NOT NULL,
        region TEXT NOT NULL,
        country TEXT NOT NULL,
        remote INTEGER NOT NULL,
        posted_at TEXT NOT NULL,
        skills TEXT NOT NULL,              -- compact vector: "skl_a:3:1,skl_b:2:0" (id:level:required)
        preferred_certifications TEXT NOT NULL, -- comma-separated certification ids
        weight_total INTEGER NOT NULL
      );
      CREATE INDEX jobs_by_posted ON jobs(posted_at DESC, id DESC);

      -- The skill → postings index job matching reads: one row per (job, skill).
      CREATE TABLE job_skills (
        skill_id TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        job_rowid INTEGER NOT NULL,
        PRIMARY KEY (skill_id, posted_at, job_rowid)
      ) WITHOUT ROWID;
    `,
  },
];
