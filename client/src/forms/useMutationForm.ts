import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";
import { type FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "./errors";
import type { FragmentOf } from "../graphql";
import { errorMessage } from "../ui/QueryState";

type Payload = { errors: readonly FragmentOf<typeof FormErrorsFragment>[] } | null | undefined;

/**
 * The state of a small form that sends one mutation: its refs and errors, and `accept`, which shows
 * a mutation's failure (network, or the payload's errors on the named fields) and says whether it
 * went through.
 */
export function useMutationForm(fields: readonly string[]) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const accept = (result: { error?: CombinedError }, payload: Payload): boolean => {
    if (result.error) {
      setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
      return false;
    }
    if (!payload || payload.errors.length > 0) {
      setErrors(toFormErrors(payload?.errors ?? [], fields));
      return false;
    }
    setErrors(noErrors);
    return true;
  };
  return { formRef, summaryRef, errors, accept, clear: () => setErrors(noErrors) };
}

/** A form's values by name, as text. */
export const formText = (form: HTMLFormElement) => {
  const data = new FormData(form);
  return (name: string) => String(data.get(name) ?? "");
};
