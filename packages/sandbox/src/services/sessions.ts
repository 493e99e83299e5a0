import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Session } from '@upskill/sdk/schemas';
import { notFound, unauthenticated } from '../http/problem.js';
import type { OrganisationRecord, Store } from '../store/index.js';

/** Who is calling: a partner's secret key, or one learner's session. */
export type Principal =
  | { kind: 'secret'; org: OrganisationRecord }
  | { kind: 'session'; org: OrganisationRecord; learnerId: string };

/** Default and maximum lifetime of a session token, in seconds. */
export const SESSION_TTL_DEFAULT = 900;
export const SESSION_TTL_MAX = 3600;

const TOKEN_PREFIX = 'ust_';

/** A session token's payload: organisation, learner, expiry (Unix seconds). */
interface SessionClaims { o: string; l: string; e: number }

/** SHA-256 of a secret key, hex: the only form in which keys are stored. */
export const hashSecretKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * Secret keys and learner session tokens. A session token is `ust_<payload>.<signature>`: the
 * payload (base64url JSON of organisation, learner and expiry) signed with HMAC-SHA256 under a
 * random secret generated per database and kept in it.
 */
export class Sessions {
  private readonly secret: Buffer;
  private readonly orgByKeyHash = new Map<string, OrganisationRecord | null>();
  /** Signature-checked claims of session tokens seen, by token (entries go once expired). */
  private readonly sessionClaims = new Map<string, SessionClaims>();
  /** Principals of valid secret-key headers, by the header as sent: skips parsing and hashing. */
  private readonly secretPrincipals = new Map<string, Principal>();

  constructor(private readonly store: Store) {
    let secret = store.meta.get('session_signing_secret');
    if (!secret) {
      secret = randomBytes(32).toString('base64url');
      store.meta.set('session_signing_secret', secret);
    }
    this.secret = Buffer.from(secret, 'base64url');
  }

  /** Mints a session token for a learner of `org`. */
  mint(org: OrganisationRecord, learnerId: string, ttlSeconds = SESSION_TTL_DEFAULT): Session {
    const learner = this.store.learners.byId(learnerId);
    if (!learner || learner.orgId !== org.id) throw notFound(`No learner "${learnerId}".`);
    const exp = Math.floor(Date.now() / 1000) + Math.min(ttlSeconds, SESSION_TTL_MAX);
    const payload = Buffer.from(JSON.stringify({ o: org.id, l: learnerId, e: exp })).toString('base64url');
    return {
      token: `${TOKEN_PREFIX}${payload}.${this.sign(payload)}`,
      expiresAt: new Date(exp * 1000).toISOString(),
      learnerId,
    };
  }

  /** Resolves an `Authorization` header to a principal; throws 401 with a reason (never the token). */
  authenticate(authorization: string | undefined): Principal {
    if (!authorization) throw unauthenticated('Missing Authorization header: send "Authorization: Bearer <token>".');
    const known = this.secretPrincipals.get(authorization);
    if (known) return known;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthenticated('Malformed Authorization header: expected "Bearer <token>".');
    const token = match[1]!;
    if (token.startsWith('sk_')) {
      const org = this.organisationForKey(token);
      if (!org) throw unauthenticated('Unknown secret key.');
      const principal: Principal = Object.freeze({ kind: 'secret', org });
      // Keys are never revoked while the sandbox runs (organisationForKey caches them too).
      if (authorization.length <= 256) {
        if (this.secretPrincipals.size >= 1000) this.secretPrincipals.clear();
        this.secretPrincipals.set(authorization, principal);
      }
      return principal;
    }
    if (!token.startsWith(TOKEN_PREFIX)) throw unauthenticated('Unrecognised token: expected a secret key or a session token.');
    const claims = this.verifiedClaims(token);
    if (claims.e * 1000 <= Date.now()) throw unauthenticated('Session token expired: mint a new one.');
    const org = this.store.organisations.byId(claims.o);
    const learner = this.store.learners.byId(claims.l);
    // An erased learner's sessions die with them.
    if (!org || !learner || learner.orgId !== org.id) throw unauthenticated('Session token no longer valid.');
    return { kind: 'session', org, learnerId: learner.id };
  }

  /** A session token's signed claims; a verified token's claims are kept until it expires. */
  private verifiedClaims(token: string): SessionClaims {
    const known = this.sessionClaims.get(token);
    if (known) {
      if (known.e * 1000 > Date.now()) return known;
      this.sessionClaims.delete(token);
    }
    const [payload = '', signature = ''] = token.slice(TOKEN_PREFIX.length).split('.');
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw unauthenticated('Invalid session token signature.');
    }
    let claims: { o?: unknown; l?: unknown; e?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      throw unauthenticated('Malformed session token.');
    }
    if (typeof claims.o !== 'string' || typeof claims.l !== 'string' || typeof claims.e !== 'number') {
      throw unauthenticated('Malformed session token.');
    }
    const verified: SessionClaims = { o: claims.o, l: claims.l, e: claims.e };
    if (verified.e * 1000 > Date.now()) {
      if (this.sessionClaims.size >= 1000) this.sessionClaims.clear();
      this.sessionClaims.set(token, verified);
    }
    return verified;
  }

  private organisationForKey(key: string): OrganisationRecord | undefined {
    const hash = hashSecretKey(key);
    let org = this.orgByKeyHash.get(hash);
    if (org === undefined) {
      org = this.store.organisations.byKeyHash(hash) ?? null;
      if (this.orgByKeyHash.size > 1000) this.orgByKeyHash.clear();
      this.orgByKeyHash.set(hash, org);
    }
    return org ?? undefined;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
