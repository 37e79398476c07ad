import type { Cache, Data } from "@urql/exchange-graphcache";
import { type FeatureCache, invalidateFields, noKey } from "../../app/cacheFields";

/**
 * Accounts: who is signed in. Signing in or out links `me` and drops every Query field that
 * depends on the viewer; the features name theirs (`viewerDependent`), urql.tsx passes them here.
 */
export function accountsCache(viewerDependent: readonly string[]): FeatureCache {
  const invalidateViewerDependent = (cache: Cache) => invalidateFields(cache, "Query", viewerDependent);
  const onAuthenticated = (field: "signIn" | "register") => (result: Data, _args: unknown, cache: Cache) => {
    const payload = result[field] as { user?: Data | null } | null | undefined;
    if (!payload?.user) return;
    cache.link("Query", "me", payload.user);
    invalidateViewerDependent(cache);
  };
  // Signing out, everywhere or by deleting the account: nobody is signed in any more.
  const onSignedOut = (field: string, flag: string) => (result: Data, _args: unknown, cache: Cache) => {
    const payload = result[field] as Record<string, unknown> | null | undefined;
    if (payload?.[flag] !== true) return;
    cache.link("Query", "me", null);
    invalidateViewerDependent(cache);
  };
  return {
    keys: {
      UserConnection: noKey,
      UserEdge: noKey,
      AuthPayload: noKey,
      SignOutPayload: noKey,
      RolePayload: noKey,
      AccountPayload: noKey,
      PasswordResetRequestPayload: noKey,
      ChangeEmailPayload: noKey,
      PersonalDataPayload: noKey,
      DeleteAccountPayload: noKey,
    },
    viewerDependent: ["arena", "arenas", "users"],
    updates: {
      Mutation: {
        signIn: onAuthenticated("signIn"),
        register: onAuthenticated("register"),
        signOut: onSignedOut("signOut", "signedOut"),
        signOutEverywhere: onSignedOut("signOutEverywhere", "signedOut"),
        deleteMyAccount: onSignedOut("deleteMyAccount", "deleted"),
        deletePersonAccount(result, _args, cache) {
          if ((result.deletePersonAccount as { deleted?: boolean } | null | undefined)?.deleted)
            invalidateFields(cache, "Query", ["users"]);
        },
      },
    },
  };
}
