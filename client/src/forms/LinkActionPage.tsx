import { type ReactNode, useState } from "react";
import { ErrorSummary } from "./ErrorSummary";
import type { useMutationForm } from "./useMutationForm";
import { PageTitle } from "../ui/PageTitle";

interface LinkActionPageProps {
  title: string;
  intro: string;
  actionLabel: string;
  busyLabel: string;
  busy: boolean;
  form: ReturnType<typeof useMutationForm>;
  /** Does the link's one thing; what to say once it went through, or null when it did not (the form shows why). */
  act: () => Promise<ReactNode | null>;
}

/**
 * The page of a link sent by mail that does one thing (confirm an address, stop a kind of mail):
 * it asks with one button before it acts, so that a mail scanner following the link changes nothing.
 */
export function LinkActionPage({ title, intro, actionLabel, busyLabel, busy, form, act }: LinkActionPageProps) {
  const [done, setDone] = useState<ReactNode | null>(null);
  return (
    <div className="narrow">
      <PageTitle parts={[title]} />
      <h1 tabIndex={-1}>{title}</h1>
      {done !== null ? (
        <div className="notice" role="status">
          {done}
        </div>
      ) : (
        <div className="card">
          <p>{intro}</p>
          <ErrorSummary ref={form.summaryRef} errors={form.errors} />
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void act().then(setDone)}>
            {busy ? busyLabel : actionLabel}
          </button>
        </div>
      )}
    </div>
  );
}
