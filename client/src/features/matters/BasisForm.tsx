import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";

const UpdateBasisMutation = graphql(
  `
    mutation UpdateMatterBasisForm($input: UpdateMatterBasisInput!) {
      updateMatterBasis(input: $input) {
        matter {
          id
          version
          background
          proposedDecision
          consequences
          consequencesOfNothing
          effortAndEffect
          preparationNotes
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

export const BASIS_FIELDS = ["background", "proposedDecision", "consequences", "consequencesOfNothing", "effortAndEffect"] as const;
type Basis = Record<(typeof BASIS_FIELDS)[number], string> & { preparationNotes: string | null };

/** The beredning writes the basis for the decision; saved on the version it was read at (a conflicting save is refused). */
export function BasisForm({ matter, onDone }: { matter: Basis & { id: string; version: number }; onDone: () => void }) {
  const { t } = useTranslation("matters");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, update] = useMutation(UpdateBasisMutation);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    const value = (k: string) => String(form.get(k) ?? "");
    const r = await update({
      input: {
        matterId: matter.id,
        expectedVersion: matter.version,
        background: value("background"),
        proposedDecision: value("proposedDecision"),
        consequences: value("consequences"),
        consequencesOfNothing: value("consequencesOfNothing"),
        effortAndEffect: value("effortAndEffect"),
        preparationNotes: value("preparationNotes"),
      },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.updateMatterBasis;
    if (p?.matter && p.errors.length === 0) return onDone();
    setErrors(toFormErrors(p?.errors ?? [], [...BASIS_FIELDS, "preparationNotes"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card matter-form"
      labelledBy="basis-form-heading"
      heading={
        <h2 id="basis-form-heading" ref={headingRef} tabIndex={-1}>
          {t("prepare.heading")}
        </h2>
      }
      submitLabel={t("prepare.save")}
      busyLabel={t("prepare.saving")}
      busy={fetching}
      onCancel={onDone}
      cancelLabel={t("prepare.cancel")}
    >
      {BASIS_FIELDS.map((f) => (
        <Field key={f} name={f} label={t(`page.${f}`)} optional error={errors.fields[f]}>
          {(p) => <textarea {...p} rows={4} maxLength={20000} defaultValue={matter[f]} />}
        </Field>
      ))}
      <Field
        name="preparationNotes"
        label={t("page.preparationNotes")}
        hint={t("prepare.notesHint")}
        optional
        error={errors.fields.preparationNotes}
      >
        {(p) => <textarea {...p} rows={3} maxLength={20000} defaultValue={matter.preparationNotes ?? ""} />}
      </Field>
    </FormScaffold>
  );
}
