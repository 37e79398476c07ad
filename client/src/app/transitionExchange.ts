import { startTransition } from "react";
import type { Exchange } from "urql";
import { make, onEnd, pipe, subscribe } from "wonka";

/**
 * Hands each query result to the components as a transition. urql delivers results from a
 * network callback, outside any React event, so React would render them in its default lane:
 * one uninterrupted task per result, 100-250 ms on a slow phone for a page's first data. As a
 * transition the render yields to the browser every few milliseconds, and input (a tap, a
 * keystroke) goes first. Mutation results stay as they are: a form waits on them.
 *
 * Placed first among the exchanges, so that it wraps the delivery to the hooks and nothing else.
 */
export const transitionExchange: Exchange =
  ({ forward }) =>
  (operations$) => {
    const results$ = forward(operations$);
    return make((observer) => {
      const { unsubscribe } = pipe(
        results$,
        onEnd(() => observer.complete()),
        subscribe((result) => {
          if (result.operation.kind === "query") startTransition(() => observer.next(result));
          else observer.next(result);
        }),
      );
      return unsubscribe;
    });
  };
