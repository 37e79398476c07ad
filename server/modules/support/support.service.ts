import { asc, inArray } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, apiError } from "../../graphql/errors.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { validateInput } from "../../graphql/validation.js";
import { referrals, supportActorArenas, supportActors } from "./support.tables.js";

export function createSupportLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    supportActorById: rowByIdLoader(db, supportActors),
    arenasBySupportActor: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(supportActorArenas)
          .where(inArray(supportActorArenas.actorId, ids(k))),
      (r) => r.actorId,
    ),
    referralById: rowByIdLoader(db, referrals),
    referralsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(referrals)
          .where(inArray(referrals.ideaId, ids(k)))
          .orderBy(asc(referrals.sentAt), asc(referrals.id)),
      (r) => r.ideaId,
    ),
  };
}

export async function validArgs(ctx: Context, args: object) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
}
