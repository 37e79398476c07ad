import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { type AnyVariables, type TypedDocumentNode, useMutation } from "urql";
import { type FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import type { FragmentOf } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";

type Payload = { errors: readonly FragmentOf<typeof FormErrorsFragment>[] } | null | undefined;

/**
 * The state every structure form shares: its refs and errors for FormScaffold, and a submit that
 * runs the mutation, maps the payload's errors onto the shown fields (the rest to the summary),
 * and resolves to the payload when it had no errors.
 */
export function useStructureForm<Data, Variables extends AnyVariables, P extends Payload>(
  doc: TypedDocumentNode<Data, Variables>,
  payloadOf: (data: Data) => P,
  fields: readonly string[],
) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, run] = useMutation(doc);

  const submit = async (variables: Variables): Promise<NonNullable<P> | null> => {
    setErrors(noErrors);
    const r = await run(variables);
    if (r.error) {
      setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError"))] });
      return null;
    }
    const payload = r.data === undefined ? null : payloadOf(r.data);
    if (payload && payload.errors.length === 0) return payload;
    setErrors(toFormErrors(payload?.errors ?? [], fields));
    return null;
  };
  return { scaffold: { formRef, summaryRef, errors, busy: fetching }, errors, submit };
}
