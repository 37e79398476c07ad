import { useEffect, useRef, useState, type RefObject } from "react";
import { type FragmentOf, graphql, readFragment } from "../graphql";

/** Select this in every mutation payload's `errors`. */
export const FormErrorsFragment = graphql(`
  fragment FormErrors_userError on UserError {
    field
    code
    message
  }
`);

export interface FormErrors {
  /** Messages by input field name, e.g. `email` for `input.email`. */
  fields: Partial<Record<string, string>>;
  /** Messages about the whole request (field null) or a field the form does not show. */
  general: string[];
}

export const noErrors: FormErrors = { fields: {}, general: [] };

export function toFormErrors(errors: readonly FragmentOf<typeof FormErrorsFragment>[], shownFields: readonly string[]): FormErrors {
  const out: FormErrors = { fields: {}, general: [] };
  for (const e of readFragment(FormErrorsFragment, errors)) {
    const name = e.field?.replace(/^input\./, "");
    if (name && shownFields.includes(name)) {
      // One message per field is enough to act on; the first is the most basic.
      out.fields[name] ??= e.message;
    } else {
      out.general.push(e.message);
    }
  }
  return out;
}

export function hasErrors(e: FormErrors): boolean {
  return e.general.length > 0 || Object.keys(e.fields).length > 0;
}

/**
 * Form error state that, after each failed submit, moves focus to the first invalid field
 * (or to the error summary when no field is to blame).
 */
export function useFormErrors(formRef: RefObject<HTMLFormElement | null>, summaryRef: RefObject<HTMLElement | null>) {
  const [errors, setErrorsState] = useState<FormErrors>(noErrors);
  const attempt = useRef(0);
  const [focusAttempt, setFocusAttempt] = useState(0);

  useEffect(() => {
    if (focusAttempt === 0) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (firstInvalid) firstInvalid.focus();
    else summaryRef.current?.focus();
  }, [focusAttempt, formRef, summaryRef]);

  const setErrors = (next: FormErrors) => {
    setErrorsState(next);
    if (hasErrors(next)) {
      attempt.current += 1;
      setFocusAttempt(attempt.current);
    }
  };
  return [errors, setErrors] as const;
}
