import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT, errors as joseErrors } from "jose";
import { ROLES, type Role } from "@comity/domain";
import { z } from "zod";

const ISSUER = "comity-web";
const AUDIENCE = "comity-live";
export const LIVE_TOKEN_TTL_SECONDS = 5 * 60;

export interface LiveIdentity {
  userId: string;
  name: string;
  roles: Role[];
}

const ClaimsSchema = z.object({ sub: z.string().min(1), name: z.string(), roles: z.array(z.enum(ROLES)), exp: z.number() });

/**
 * The signing key for live tokens, derived from the app secret so the session cookie and the
 * tokens never share a key, while web and live nodes configured with one secret agree.
 */
export function liveTokenKey(appSecret: string): Uint8Array {
  return new Uint8Array(createHmac("sha256", appSecret).update("comity live token v1").digest());
}

export function issueLiveToken(key: Uint8Array, identity: LiveIdentity, ttlSeconds = LIVE_TOKEN_TTL_SECONDS): Promise<string> {
  return new SignJWT({ name: identity.name, roles: identity.roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(identity.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

export type TokenCheck = { ok: true; identity: LiveIdentity; expiresAt: number } | { ok: false; message: string };

export async function verifyLiveToken(key: Uint8Array, token: unknown): Promise<TokenCheck> {
  if (typeof token !== "string" || token.length === 0) return { ok: false, message: "Sign-in required: the connection carried no live token." };
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    const claims = ClaimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, message: "The live token is not valid. Reload the page to get a new one." };
    return { ok: true, identity: { userId: claims.data.sub, name: claims.data.name, roles: claims.data.roles }, expiresAt: claims.data.exp * 1000 };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return { ok: false, message: "The live token has expired. Reload the page to get a new one." };
    return { ok: false, message: "The live token is not valid. Reload the page to get a new one." };
  }
}
