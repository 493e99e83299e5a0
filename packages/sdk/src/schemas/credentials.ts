import * as z from 'zod/mini';

// Any JSON object (a looseObject, not a record: one schema kind fewer in browser bundles).
const Json = /* @__PURE__ */ z.looseObject({});
const Image = /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.looseObject({ id: /* @__PURE__ */ z.string() })]);

/** An issuer `Profile`; its `id` is the issuer's `did:key`. */
export const IssuerProfile = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  type: /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string())]),
  name: /* @__PURE__ */ z.string(),
  url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  image: /* @__PURE__ */ z.optional(Image),
});
export type IssuerProfile = z.infer<typeof IssuerProfile>;

/** An Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential 2.0), as signed. */
export const OpenBadgeCredential = /* @__PURE__ */ z.looseObject({
  '@context': /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), Json])),
  id: /* @__PURE__ */ z.string(),
  type: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  issuer: /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), IssuerProfile]),
  validFrom: /* @__PURE__ */ z.string(),
  validUntil: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  credentialSubject: /* @__PURE__ */ z.looseObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    type: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string())])),
    achievement: /* @__PURE__ */ z.looseObject({
      id: /* @__PURE__ */ z.string(),
      type: /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string())]),
      name: /* @__PURE__ */ z.string(),
      description: /* @__PURE__ */ z.string(),
      criteria: /* @__PURE__ */ z.optional(Json),
      image: /* @__PURE__ */ z.optional(Image),
      alignment: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(Json)),
    }),
  }),
  credentialStatus: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.looseObject({
      id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      type: /* @__PURE__ */ z.string(),
      statusPurpose: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      statusListIndex: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      statusListCredential: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    }),
  ),
  proof: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([Json, /* @__PURE__ */ z.array(Json)])),
});
export type OpenBadgeCredential = z.infer<typeof OpenBadgeCredential>;

/** A credential as listed for its learner: its state plus the signed credential itself. */
export const CredentialRecord = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  learnerId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  certificationId: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.enum(['active', 'expired', 'revoked']),
  issuedAt: /* @__PURE__ */ z.string(),
  expiresAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  url: /* @__PURE__ */ z.string(),
  credential: OpenBadgeCredential,
});
export type CredentialRecord = z.infer<typeof CredentialRecord>;

/** A signed `BitstringStatusListCredential`. */
export const StatusListCredential = /* @__PURE__ */ z.looseObject({
  '@context': /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), Json])),
  id: /* @__PURE__ */ z.string(),
  type: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  credentialSubject: /* @__PURE__ */ z.looseObject({ type: /* @__PURE__ */ z.string(), statusPurpose: /* @__PURE__ */ z.string(), encodedList: /* @__PURE__ */ z.string() }),
  proof: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([Json, /* @__PURE__ */ z.array(Json)])),
});
export type StatusListCredential = z.infer<typeof StatusListCredential>;
