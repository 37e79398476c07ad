import { startTransition } from "react";
import type { Exchange } from "urql";
import { make, onEnd, pipe, subscribe, tap } from "wonka";

/**
 * Hands a query's first answer to the components as a transition. urql delivers results from
 * a network callback, outside any React event, so React would render them in its default lane:
 * a page's whole content in one uninterrupted task, a long task on a phone. As a transition the
 * render yields to the browser every few milliseconds.
 *
 * Only the first answer of a query on screen: every later one (a mutation's cache update, a
 * refetch of what a mutation marked stale, a retry) reaches the components at once, as before,
 * so that a list shows what was just changed in the same render as the form that changed it.
 * A query torn down (its page left) starts over.
 *
 * Placed first among the exchanges, so that it wraps the delivery to the hooks and nothing else.
 */
export const transitionExchange: Exchange =
  ({ forward }) =>
  (operations$) => {
    const answered = new Set<number>();
    const results$ = forward(
      pipe(
        operations$,
        tap((operation) => {
          if (operation.kind === "teardown") answered.delete(operation.key);
        }),
      ),
    );
    return make((observer) => {
      const { unsubscribe } = pipe(
        results$,
        onEnd(() => observer.complete()),
        subscribe((result) => {
          const { kind, key } = result.operation;
          if (kind !== "query" || answered.has(key)) return observer.next(result);
          answered.add(key);
          startTransition(() => observer.next(result));
        }),
      );
      return unsubscribe;
    });
  };
