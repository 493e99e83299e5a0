import type { CredentialRecord } from '@upskill/sdk/schemas';
import { localize, type Locale } from '../http/locale.js';
import { notFound } from '../http/problem.js';
import type { CertificationRecord, CredentialRow, LearnerRecord, OrganisationRecord, Store } from '../store/index.js';
import type { Catalog } from './catalog.js';
import {
  issueOpenBadge, issuerProfile, signStatusList, type IssuerInfo, type IssuerKeyRecord,
} from './credentials.js';
import { newId, nowIso } from './ids.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';

const addMonths = (date: Date, months: number): Date => {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/**
 * Credentials of every organisation: one issuer (an Ed25519 `did:key`) per organisation, a
 * credential per completed certification, and one revocation list per organisation.
 *
 * Issuance is exactly-once: the credential row (with its revocation-list index) is written in
 * the same transaction that records the completion; signing happens after the commit and fills
 * the row in. Rows left unsigned by a crash are signed at the next start.
 */
export class Issuing {
  private readonly keys = new Map<string, IssuerKeyRecord>();
  private readonly signing = new Map<string, Promise<void>>();
  private readonly statusLists = new Map<string, Promise<Record<string, unknown>>>();

  constructor(private readonly store: Store, private readonly catalog: Catalog, private readonly publicUrl: string) {}

  credentialUrl(id: string): string {
    return `${this.publicUrl}/v1/credentials/${id}`;
  }

  statusListUrl(orgId: string): string {
    return `${this.publicUrl}/v1/status-lists/${orgId}`;
  }

  issuerInfo(org: OrganisationRecord): IssuerInfo {
    return { name: org.name, url: org.url, image: `${this.publicUrl}/v1/images/organisations/${org.id}.svg` };
  }

  private key(org: OrganisationRecord): IssuerKeyRecord {
    let key = this.keys.get(org.id);
    if (!key) this.keys.set(org.id, (key = JSON.parse(org.issuerKey) as IssuerKeyRecord));
    return key;
  }

  private organisation(id: string): OrganisationRecord {
    const org = this.store.organisations.byId(id);
    if (!org) throw notFound(`No issuer "${id}".`);
    return org;
  }

  /**
   * Called inside the progress transaction when a learner completes `courseId`: writes an
   * unsigned credential row for each certification whose courses are now all completed and
   * that the learner does not already hold. Returns the new credential ids.
   */
  awardCompletedCertifications(learner: LearnerRecord, courseId: string, at: Date): string[] {
    const certs = this.catalog.certificationsByCourse.get(courseId) ?? [];
    if (!certs.length) return [];
    const completed = new Set(this.store.learning.completedCourseIds(learner.id));
    const held = new Set(this.store.credentials.held(learner.id, at.toISOString()).map((c) => c.certificationId));
    const ids: string[] = [];
    for (const cert of certs) {
      if (held.has(cert.id) || !cert.courseIds.every((id) => completed.has(id))) continue;
      ids.push(this.createPending(learner, cert, at).id);
    }
    return ids;
  }

  /** Writes an unsigned credential row (call inside a transaction). */
  createPending(learner: LearnerRecord, cert: CertificationRecord, issuedAt: Date, revokedAt?: string): CredentialRow {
    const row: CredentialRow = {
      id: newId('cred'),
      orgId: learner.orgId,
      learnerId: learner.id,
      certificationId: cert.id,
      subjectId: learner.subjectId,
      locale: learner.locale,
      statusIndex: this.store.organisations.allocateStatusIndex(learner.orgId),
      issuedAt: issuedAt.toISOString(),
      expiresAt: addMonths(issuedAt, cert.validityMonths).toISOString(),
      revokedAt: revokedAt ?? null,
      document: null,
    };
    this.store.credentials.insert(row);
    return row;
  }

  /** Signs the given unsigned credentials (or every unsigned one), each exactly once. */
  async signPending(ids?: string[]): Promise<void> {
    const rows = ids ? ids.map((id) => this.store.credentials.byId(id)!).filter(Boolean) : this.store.credentials.pending();
    await Promise.all(rows.map((row) => this.sign(row)));
  }

  private sign(row: CredentialRow): Promise<void> {
    if (row.document) return Promise.resolve();
    let inFlight = this.signing.get(row.id);
    if (!inFlight) {
      inFlight = this.signRow(row).finally(() => this.signing.delete(row.id));
      this.signing.set(row.id, inFlight);
    }
    return inFlight;
  }

  private async signRow(row: CredentialRow): Promise<void> {
    const org = this.organisation(row.orgId);
    const cert = this.catalog.certificationById.get(row.certificationId);
    if (!cert) throw new Error(`Credential ${row.id} names an unknown certification.`);
    const prefs: Locale[] = [row.locale, 'en'];
    const courseTitles = cert.courseIds.map((id) => {
      const course = this.catalog.courseById.get(id);
      return course ? localize(course.title, prefs) : id;
    });
    const document = await issueOpenBadge(this.key(org), {
      id: this.credentialUrl(row.id),
      issuer: this.issuerInfo(org),
      subjectId: row.subjectId,
      achievement: {
        id: `${this.publicUrl}/v1/certifications/${cert.id}`,
        name: localize(cert.name, prefs),
        description: localize(cert.description, prefs),
        criteria: `Completed every course of the program: ${courseTitles.join('; ')}.`,
        image: `${this.publicUrl}/v1/images/certifications/${cert.id}.svg`,
        alignments: cert.skillIds.map((id) => {
          const skill = this.catalog.skillById.get(id);
          return {
            targetName: skill ? localize(skill.name, prefs) : id,
            targetUrl: this.catalog.skillUrl(id),
            ...(skill ? { targetDescription: localize(skill.description, prefs) } : {}),
          };
        }),
      },
      validFrom: row.issuedAt,
      ...(row.expiresAt ? { validUntil: row.expiresAt } : {}),
      status: { statusListCredential: this.statusListUrl(row.orgId), statusListIndex: row.statusIndex },
    });
    this.store.credentials.setDocument(row.id, JSON.stringify(document));
  }

  /** The signed credential, for the public verification link. */
  async document(id: string): Promise<Record<string, unknown>> {
    let row = this.store.credentials.byId(id);
    if (!row) throw notFound(`No credential "${id}".`);
    if (!row.document) {
      await this.sign(row);
      row = this.store.credentials.byId(id)!;
    }
    return JSON.parse(row.document!) as Record<string, unknown>;
  }

  record(row: CredentialRow, now = nowIso()): CredentialRecord {
    const status = row.revokedAt ? 'revoked' : row.expiresAt && row.expiresAt <= now ? 'expired' : 'active';
    return {
      id: row.id,
      learnerId: row.learnerId,
      certificationId: row.certificationId,
      status,
      issuedAt: row.issuedAt,
      expiresAt: row.expiresAt,
      url: this.credentialUrl(row.id),
      credential: JSON.parse(row.document!) as CredentialRecord['credential'],
    };
  }

  list(learnerId: string, cursor: string | undefined, limit: number) {
    const after = cursor === undefined ? '' : decodeCursor('credentials', cursor, ['string'])[0];
    const rows = this.store.credentials.page(learnerId, after, limit + 1);
    const now = nowIso();
    return toPage(rows, limit, (r) => this.record(r, now), (r) => encodeCursor('credentials', [r.id]));
  }

  /** Revokes a credential of `org` (idempotent); another organisation's credential is a 404. */
  async revoke(org: OrganisationRecord, id: string): Promise<CredentialRecord> {
    const row = this.store.credentials.byId(id);
    if (!row || row.orgId !== org.id) throw notFound(`No credential "${id}".`);
    if (this.store.credentials.revoke(id, nowIso())) this.statusLists.delete(org.id);
    await this.sign(row);
    return this.record(this.store.credentials.byId(id)!);
  }

  /** The organisation's signed revocation list, signed again only after a revocation. */
  statusList(orgId: string): Promise<Record<string, unknown>> {
    const org = this.store.organisations.byId(orgId);
    if (!org) return Promise.reject(notFound(`No status list "${orgId}".`));
    let list = this.statusLists.get(org.id);
    if (!list) {
      list = signStatusList(this.key(org), {
        id: this.statusListUrl(org.id),
        issuer: this.issuerInfo(org),
        revokedIndices: this.store.credentials.revokedIndices(org.id),
      });
      list.catch(() => this.statusLists.delete(org.id));
      this.statusLists.set(org.id, list);
    }
    return list;
  }

  issuer(orgId: string): Record<string, unknown> {
    const org = this.organisation(orgId);
    return issuerProfile(this.key(org), this.issuerInfo(org));
  }
}
