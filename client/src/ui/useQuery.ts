import { useRef } from "react";
// The one place that may use urql's own useQuery (eslint.config.js keeps everything else on this one).
// eslint-disable-next-line no-restricted-imports
import { type AnyVariables, type UseQueryArgs, type UseQueryResponse, createRequest, useQuery as useUrqlQuery } from "urql";

/**
 * urql's useQuery, except that while the same query with the same variables is fetched again (a
 * mutation's cache update marked a field stale, a retry, a subscription's refetch), the last data
 * stays: the page keeps its lists on screen, and with them the button that has focus, instead of
 * blinking to "Laddar…" (or to an error, which stays in `error` beside the kept data). Other
 * variables (another idea, another page) never see this data.
 */
export function useQuery<Data = unknown, Variables extends AnyVariables = AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
): UseQueryResponse<Data, Variables> {
  const [result, reexecute] = useUrqlQuery(args);
  const key = createRequest(args.query, args.variables as Variables).key;
  const kept = useRef<{ key: number; data: Data } | null>(null);
  if (result.data != null) kept.current = { key, data: result.data };
  if (result.data != null || kept.current?.key !== key) return [result, reexecute];
  return [{ ...result, data: kept.current.data, stale: true }, reexecute];
}
