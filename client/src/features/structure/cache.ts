import type { Data } from "@urql/exchange-graphcache";
import { type FeatureCache, noKey } from "../../app/cacheFields";

/** The partnership's structure: organisations, bodies, county parts. */
export const structureCache: FeatureCache = {
  keys: {
    StructureChange: noKey,
    OrganisationPayload: noKey,
    BodyPayload: noKey,
    BodyMembershipPayload: noKey,
    CountyPartPayload: noKey,
  },
  updates: {
    Mutation: {
      createOrganisation(result, args, cache) {
        // Append the new organisation to the lists that show it, so the page updates at once
        // (without dropping to a loading state); the structureChanged refetch then brings the
        // server's order.
        const payload = result.createOrganisation as { organisation?: Data | null } | null | undefined;
        const input = args.input as { arenaId?: string; countyPartId?: string | null } | undefined;
        const organisation = payload?.organisation;
        if (!organisation || !input?.arenaId) return;
        const append = (entity: { __typename: string; id: string }) => {
          const list = cache.resolve(entity, "organisations");
          if (Array.isArray(list)) cache.link(entity, "organisations", [...(list as string[]), organisation]);
        };
        append({ __typename: "Arena", id: input.arenaId });
        if (input.countyPartId) append({ __typename: "CountyPart", id: input.countyPartId });
      },
    },
  },
};
