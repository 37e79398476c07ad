import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { MATTER_KINDS, type MatterKind } from "./types";

export const CreateMatterMutation = graphql(
  `
    mutation CreateMatterForm($input: CreateMatterInput!) {
      createMatter(input: $input) {
        matter {
          id
          number
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** The kansli or a body member writes a matter from scratch. */
export function CreateMatterForm({ arenaId, slug, onCancel }: { arenaId: string; slug: string; onCancel: () => void }) {
  const { t } = useTranslation("matters");
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, create] = useMutation(CreateMatterMutation);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    const r = await create({
      input: {
        arenaId,
        kind: String(form.get("kind")) as MatterKind,
        title: String(form.get("title") ?? ""),
        summary: String(form.get("summary") ?? ""),
      },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.createMatter;
    if (p?.matter && p.errors.length === 0) return navigate(`/a/${slug}/matters/${p.matter.number}`);
    setErrors(toFormErrors(p?.errors ?? [], ["title", "kind", "summary"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card matter-form"
      labelledBy="create-matter-heading"
      heading={
        <h2 id="create-matter-heading" ref={headingRef} tabIndex={-1}>
          {t("create.heading")}
        </h2>
      }
      submitLabel={t("create.submit")}
      busyLabel={t("create.busy")}
      busy={fetching}
      onCancel={onCancel}
      cancelLabel={t("create.cancel")}
    >
      <Field name="title" label={t("create.title")} error={errors.fields.title}>
        {(p) => <input {...p} type="text" maxLength={200} required />}
      </Field>
      <Field name="kind" label={t("create.kind")} error={errors.fields.kind}>
        {(p) => (
          <select {...p} defaultValue="PROPOSAL">
            {MATTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="summary" label={t("create.summary")} optional error={errors.fields.summary}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} />}
      </Field>
    </FormScaffold>
  );
}
