import type { FormEvent, ReactNode, Ref } from "react";
import { ErrorSummary } from "./ErrorSummary";
import type { FormErrors } from "./errors";
import "../ui/confirm.css";

interface FormScaffoldProps {
  formRef: Ref<HTMLFormElement>;
  summaryRef: Ref<HTMLDivElement>;
  errors: FormErrors;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void | Promise<void>;
  /** Classes after "form", e.g. "confirm-panel" or "card cycle-form". */
  className?: string;
  /** The id of the form's heading, for aria-labelledby. */
  labelledBy?: string;
  /** What comes before the error summary: the heading, and any explanation. */
  heading?: ReactNode;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The submit button's classes; a primary button unless told. */
  submitClassName?: string;
  /** With a cancel label, a ghost button after the submit button. */
  onCancel?: () => void;
  cancelLabel?: string;
  children: ReactNode;
}

/**
 * The shape every form shares: heading, error summary (the live region that useFormErrors
 * focuses), the fields, and the actions row with a submit button that shows its busy label
 * and an optional cancel button.
 */
export function FormScaffold({
  formRef,
  summaryRef,
  errors,
  onSubmit,
  className,
  labelledBy,
  heading,
  submitLabel,
  busyLabel,
  busy,
  submitClassName = "button button--primary",
  onCancel,
  cancelLabel,
  children,
}: FormScaffoldProps) {
  return (
    <form ref={formRef} className={className ? `form ${className}` : "form"} noValidate onSubmit={onSubmit} aria-labelledby={labelledBy}>
      {heading}
      <ErrorSummary ref={summaryRef} errors={errors} />
      {children}
      <div className="form__actions">
        <button type="submit" className={submitClassName} disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {cancelLabel}
          </button>
        )}
      </div>
    </form>
  );
}
