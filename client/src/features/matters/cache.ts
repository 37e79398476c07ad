import type { Cache } from "@urql/exchange-graphcache";
import { type FeatureCache, invalidateFields, noKey } from "../../app/cacheFields";

/** After a step of a matter: the board and the ideas' panels list it by stage, and its timeline grew. */
const matterChanged = (result: Record<string, unknown>, _a: unknown, cache: Cache) => {
  for (const f of cache.inspectFields("Query"))
    if (f.fieldName === "arena" || f.fieldName === "idea") cache.invalidate("Query", f.fieldName, f.arguments ?? undefined);
  const payload = Object.values(result)[0] as { matter?: { id?: string } | null } | undefined;
  if (payload?.matter?.id) invalidateFields(cache, { __typename: "Matter", id: payload.matter.id }, ["timeline"]);
};

/** Matters: the types without a global id are stored inside their parent. */
export const mattersCache: FeatureCache = {
  keys: {
    MatterConnection: noKey,
    MatterEdge: noKey,
    MatterPayload: noKey,
    MatterPermissions: noKey,
    MatterEvent: noKey,
  },
  updates: {
    Mutation: {
      createMatter: matterChanged,
      assignMatterPreparer: matterChanged,
      updateMatterBasis: matterChanged,
      placeMatter: matterChanged,
      returnMatter: matterChanged,
      withdrawMatter: matterChanged,
      linkToMatter: matterChanged,
      unlinkFromMatter: matterChanged,
      removeMatterAttachment: matterChanged,
    },
  },
};
