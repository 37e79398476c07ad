import type { Logger } from "pino";

/**
 * Runs `task` once after `firstAfterMs` and then every `everyMs`, never two runs at once (a
 * slow run makes the next tick skip, not pile up); a failure is logged and the next tick tries
 * again. The timers do not keep the process alive. Returns what stops it.
 */
export function runPeriodically(opts: {
  everyMs: number;
  firstAfterMs: number;
  log: Logger;
  /** Names the job in the log: "next-step reminders failed". */
  what: string;
  task: () => Promise<void>;
}): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    opts
      .task()
      .catch((err: unknown) => opts.log.error({ err }, `${opts.what} failed`))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, opts.firstAfterMs);
  const timer = setInterval(run, opts.everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
