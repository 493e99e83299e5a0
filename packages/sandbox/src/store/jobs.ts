import type { Db } from './database.js';
import type { JobCandidate, JobRecord, JobSkill } from './types.js';

interface Row {
  rowid: number; id: string; title: string; description: string; employer_id: string; employer_name: string;
  city: string; region: string; country: string; remote: number; posted_at: string; skills: string;
  preferred_certifications: string;
}
const COLUMNS = 'rowid, id, title, description, employer_id, employer_name, city, region, country, remote, posted_at, skills, preferred_certifications';

/** Parses the compact skill vector `skl_a:3:1,skl_b:2:0` (id:level:required). */
export function parseSkillVector(vector: string): JobSkill[] {
  if (vector === '') return [];
  return vector.split(',').map((part) => {
    const [id, level, required] = part.split(':');
    return { id: id!, level: Number(level), required: required === '1' };
  });
}
const toRecord = (r: Row): JobRecord => ({
  rowid: r.rowid, id: r.id, title: r.title, description: r.description, employerId: r.employer_id,
  employerName: r.employer_name, city: r.city, region: r.region, country: r.country, remote: r.remote === 1,
  postedAt: r.posted_at, skills: parseSkillVector(r.skills),
  preferredCertificationIds: r.preferred_certifications === '' ? [] : r.preferred_certifications.split(','),
});

/** Filters of the postings list. */
export interface JobFilters {
  q?: string;
  skillId?: string;
  location?: string;
  remote?: boolean;
}

const like = (s: string) => '%' + s.replace(/[\\%_]/g, (m) => '\\' + m) + '%';

const JOB_INSERT = `INSERT INTO jobs (rowid, id, title, description, employer_id, employer_name, city, region, country,
  remote, posted_at, skills, preferred_certifications, weight_total) VALUES `;
const SKILL_INSERT = 'INSERT OR IGNORE INTO job_skills (skill_id, posted_at, job_rowid) VALUES ';
const JOB_BATCH = 50;
const SKILL_BATCH = 200;
const multiInsert = (head: string, columns: number, rows: number) =>
  head + Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => '?').join(', ')})`).join(', ');

/** Job postings and the skill → postings index. */
export function jobStore(db: Db) {
  const c = db.connection;
  const insertJobs = c.prepare(multiInsert(JOB_INSERT, 14, JOB_BATCH));
  const insertSkills = c.prepare(multiInsert(SKILL_INSERT, 3, SKILL_BATCH));
  const byId = c.prepare(`SELECT ${COLUMNS} FROM jobs WHERE id = ?`);
  const count = c.prepare('SELECT count(*) AS n FROM jobs');
  // The most recent postings asking for one skill, read from the index (limit pushed down).
  const candidates = c.prepare(
    `SELECT j.rowid, j.id, j.posted_at, j.city, j.region, j.country, j.remote, j.skills, j.preferred_certifications
     FROM job_skills s JOIN jobs j ON j.rowid = s.job_rowid
     WHERE s.skill_id = ? ORDER BY s.posted_at DESC, s.job_rowid DESC LIMIT ?`,
  );
  const listCache = new Map<string, { all(...params: unknown[]): unknown[] }>();

  return {
    /**
     * Inserts postings in bulk (call inside a transaction): multi-row statements with explicit
     * rowids, and the skill index rows sorted before insertion so the index grows by appends.
     */
    insertMany(jobs: Iterable<Omit<JobRecord, 'rowid'>>): number {
      let rowid = (c.prepare('SELECT coalesce(max(rowid), 0) AS n FROM jobs').get() as { n: number }).n;
      const indexRows: [string, string, number][] = [];
      let batch: unknown[] = [];
      let inBatch = 0;
      let count = 0;
      const flush = () => {
        if (inBatch === 0) return;
        const statement = inBatch === JOB_BATCH ? insertJobs : c.prepare(multiInsert(JOB_INSERT, 14, inBatch));
        statement.run(...batch);
        batch = [];
        inBatch = 0;
      };
      for (const job of jobs) {
        rowid++;
        count++;
        const vector = job.skills.map((s) => `${s.id}:${s.level}:${s.required ? 1 : 0}`).join(',');
        const weight = job.skills.reduce((sum, s) => sum + (s.required ? 2 : 1), 0);
        batch.push(rowid, job.id, job.title, job.description, job.employerId, job.employerName, job.city, job.region,
          job.country, job.remote ? 1 : 0, job.postedAt, vector, job.preferredCertificationIds.join(','), weight);
        for (const s of job.skills) indexRows.push([s.id, job.postedAt, rowid]);
        if (++inBatch === JOB_BATCH) flush();
      }
      flush();
      indexRows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2]));
      for (let i = 0; i < indexRows.length; i += SKILL_BATCH) {
        const rows = indexRows.slice(i, i + SKILL_BATCH);
        const statement = rows.length === SKILL_BATCH ? insertSkills : c.prepare(multiInsert(SKILL_INSERT, 3, rows.length));
        statement.run(...rows.flat());
      }
      return count;
    },
    count(): number {
      return (count.get() as { n: number }).n;
    },
    byId(id: string): JobRecord | undefined {
      const row = byId.get(id) as Row | undefined;
      return row && toRecord(row);
    },
    /** Up to `limit` most recent postings asking for `skillId`. */
    candidatesForSkill(skillId: string, limit: number): JobCandidate[] {
      return (candidates.all(skillId, limit) as {
        rowid: number; id: string; posted_at: string; city: string; region: string; country: string; remote: number;
        skills: string; preferred_certifications: string;
      }[]).map((r) => ({
        rowid: r.rowid, id: r.id, postedAt: r.posted_at, city: r.city, region: r.region, country: r.country,
        remote: r.remote === 1, skills: r.skills, preferredCertifications: r.preferred_certifications,
      }));
    },
    byIds(ids: string[]): Map<string, JobRecord> {
      const rows = c.prepare(`SELECT ${COLUMNS} FROM jobs WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Row[];
      return new Map(rows.map((r) => [r.id, toRecord(r)]));
    },
    /** Postings newest first, after the `(postedAt, id)` of the previous page's last item. */
    page(filters: JobFilters, after: { postedAt: string; id: string } | undefined, limit: number): JobRecord[] {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filters.skillId !== undefined) {
        where.push('rowid IN (SELECT job_rowid FROM job_skills WHERE skill_id = ?)');
        params.push(filters.skillId);
      }
      if (filters.q !== undefined) {
        where.push("(title LIKE ? ESCAPE '\\' OR employer_name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')");
        params.push(like(filters.q), like(filters.q), like(filters.q));
      }
      if (filters.location !== undefined) {
        where.push("(city LIKE ? ESCAPE '\\' OR region LIKE ? ESCAPE '\\' OR country LIKE ? ESCAPE '\\')");
        params.push(like(filters.location), like(filters.location), like(filters.location));
      }
      if (filters.remote !== undefined) {
        where.push('remote = ?');
        params.push(filters.remote ? 1 : 0);
      }
      if (after) {
        where.push('(posted_at < ? OR (posted_at = ? AND id < ?))');
        params.push(after.postedAt, after.postedAt, after.id);
      }
      const sql = `SELECT ${COLUMNS} FROM jobs ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY posted_at DESC, id DESC LIMIT ?`;
      let statement = listCache.get(sql);
      if (!statement) listCache.set(sql, (statement = c.prepare(sql)));
      return (statement.all(...params, limit) as Row[]).map(toRecord);
    },
  };
}
