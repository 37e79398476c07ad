import type { ReactNode } from "react";
import type { CombinedError, OperationContext } from "urql";
import { Loading, QueryError } from "./QueryState";

/**
 * The one page scaffold, for the time a page's query has no data: the page's head (its title and
 * the heading that focus lands on after navigation) stays on screen above an error with a retry,
 * or above "Laddar…". A page renders it with `if (!data) return <PageState … />`; the project's
 * useQuery keeps the data while a mutation's refetch runs, so a page never falls back to it then.
 */
export function PageState({
  head,
  error,
  reexecute,
}: {
  head: ReactNode;
  error: CombinedError | undefined;
  reexecute: (opts?: Partial<OperationContext>) => void;
}) {
  return (
    <>
      {head}
      {error ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : <Loading />}
    </>
  );
}
