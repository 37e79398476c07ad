import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../db/index.js";
import { installSecrets } from "./secrets.tables.js";

/**
 * Signed tokens (HMAC-SHA256) for links that act without signing in and need no row of their
 * own, such as a mail's unsubscribe link: `<payload, base64url>.<signature, base64url>`.
 */
let key: Buffer | undefined;

const SECRET_NAME = "link_signing_key";

/**
 * Loads the signing key: ARENA_LINK_SECRET when set, else the install's own, made once and kept
 * in the database so that every instance signs and checks alike. The server starts with its
 * database down (and /readyz says so), so a failed load is retried in the background until the
 * database answers; until then signing throws, as every database write would.
 */
export async function loadSigningKey(db: Database, configured?: string, onError?: (err: unknown) => void): Promise<void> {
  if (configured) {
    key = Buffer.from(configured, "utf8");
    return;
  }
  try {
    await readOrCreateKey(db);
  } catch (err) {
    onError?.(err);
    setTimeout(() => void loadSigningKey(db, configured, onError), RETRY_MS).unref();
  }
}

const RETRY_MS = 5_000;

async function readOrCreateKey(db: Database): Promise<void> {
  await db
    .insert(installSecrets)
    .values({ name: SECRET_NAME, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(installSecrets).where(eq(installSecrets.name, SECRET_NAME));
  key = Buffer.from(row!.value, "base64url");
}

function signature(payload: string): Buffer {
  if (!key) throw new Error("The link signing key is not loaded (loadSigningKey)");
  return createHmac("sha256", key).update(payload).digest();
}

export function signToken(payload: string): string {
  return `${Buffer.from(payload, "utf8").toString("base64url")}.${signature(payload).toString("base64url")}`;
}

/** The payload of a token this install signed, or null for anything else. */
export function verifyToken(token: string): string | null {
  const m = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const payload = Buffer.from(m[1]!, "base64url").toString("utf8");
  const given = Buffer.from(m[2]!, "base64url");
  const expected = signature(payload);
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
}
