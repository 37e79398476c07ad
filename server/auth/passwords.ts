import argon2 from "argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/** argon2id at OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane. */
const params = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const common = new Set<string>((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
// A few that a Swedish list would add.
for (const p of ["lösenord", "lösenord1", "lösenord123", "sommar2024", "sommar2025", "sommar2026", "hejhej123", "qwertyuiop", "arena123"])
  common.add(p);

export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, params);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the account does not exist, so timing does not reveal which emails exist. */
let dummy: Promise<string> | undefined;
export async function verifyDummy(password: string): Promise<false> {
  dummy ??= hashPassword("dummy password for timing only");
  await verifyPassword(await dummy, password);
  return false;
}
