import * as z from 'zod/mini';

const Json = z.record(z.string(), z.unknown());
const Image = z.union([z.string(), z.looseObject({ id: z.string() })]);

/** An issuer `Profile`; its `id` is the issuer's `did:key`. */
export const IssuerProfile = z.looseObject({
  id: z.string(),
  type: z.union([z.string(), z.array(z.string())]),
  name: z.string(),
  url: z.optional(z.string()),
  image: z.optional(Image),
});
export type IssuerProfile = z.infer<typeof IssuerProfile>;

/** An Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential 2.0), as signed. */
export const OpenBadgeCredential = z.looseObject({
  '@context': z.array(z.union([z.string(), Json])),
  id: z.string(),
  type: z.array(z.string()),
  name: z.optional(z.string()),
  issuer: z.union([z.string(), IssuerProfile]),
  validFrom: z.string(),
  validUntil: z.optional(z.string()),
  credentialSubject: z.looseObject({
    id: z.optional(z.string()),
    type: z.optional(z.union([z.string(), z.array(z.string())])),
    achievement: z.looseObject({
      id: z.string(),
      type: z.union([z.string(), z.array(z.string())]),
      name: z.string(),
      description: z.string(),
      criteria: z.optional(Json),
      image: z.optional(Image),
      alignment: z.optional(z.array(Json)),
    }),
  }),
  credentialStatus: z.optional(
    z.looseObject({
      id: z.optional(z.string()),
      type: z.string(),
      statusPurpose: z.optional(z.string()),
      statusListIndex: z.optional(z.string()),
      statusListCredential: z.optional(z.string()),
    }),
  ),
  proof: z.optional(z.union([Json, z.array(Json)])),
});
export type OpenBadgeCredential = z.infer<typeof OpenBadgeCredential>;

/** A credential as listed for its learner: its state plus the signed credential itself. */
export const CredentialRecord = z.looseObject({
  id: z.string(),
  learnerId: z.nullable(z.string()),
  certificationId: z.string(),
  status: z.enum(['active', 'expired', 'revoked']),
  issuedAt: z.string(),
  expiresAt: z.nullable(z.string()),
  url: z.string(),
  credential: OpenBadgeCredential,
});
export type CredentialRecord = z.infer<typeof CredentialRecord>;

/** A signed `BitstringStatusListCredential`. */
export const StatusListCredential = z.looseObject({
  '@context': z.array(z.union([z.string(), Json])),
  id: z.string(),
  type: z.array(z.string()),
  credentialSubject: z.looseObject({ type: z.string(), statusPurpose: z.string(), encodedList: z.string() }),
  proof: z.optional(z.union([Json, z.array(Json)])),
});
export type StatusListCredential = z.infer<typeof StatusListCredential>;
