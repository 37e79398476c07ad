import type { FormEvent, ReactNode } from "react";
import { FormScaffold } from "./FormScaffold";
import type { useMutationForm } from "./useMutationForm";

interface FormSectionProps {
  /** The heading's id, which names the section and the form. */
  id: string;
  title: string;
  /** For a page whose h1 already says it: the heading is for screen readers only. */
  titleHidden?: boolean;
  intro?: ReactNode;
  form: ReturnType<typeof useMutationForm>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void | Promise<void>;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  /** What went through ("Sparat."), in a live region under the form. */
  status?: string | null;
  children: ReactNode;
}

/** A form of its own in a card under an h2 (a section of Mitt konto, say), with its status line under it. */
export function FormSection({
  id,
  title,
  titleHidden,
  intro,
  form,
  onSubmit,
  submitLabel,
  busyLabel,
  busy,
  status,
  children,
}: FormSectionProps) {
  return (
    <section className="section" aria-labelledby={id}>
      <FormScaffold
        formRef={form.formRef}
        summaryRef={form.summaryRef}
        errors={form.errors}
        onSubmit={onSubmit}
        className="card"
        labelledBy={id}
        heading={
          <>
            <h2 id={id} className={titleHidden ? "visually-hidden" : undefined}>
              {title}
            </h2>
            {intro}
          </>
        }
        submitLabel={submitLabel}
        busyLabel={busyLabel}
        busy={busy}
      >
        {children}
      </FormScaffold>
      <p className="form__status" role="status">
        {status ?? ""}
      </p>
    </section>
  );
}
