import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import "./learning.css";

const UpdateLearningMutation = graphql(
  `
    mutation UpdateLearningForm($input: UpdateLearningInput!) {
      updateLearning(input: $input) {
        learning {
          id
          title
          body
          targetGroup
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

interface Props {
  learning: { id: string; title: string; body: string; targetGroup: string };
  onDone: (saved: boolean) => void;
}

/** The team edits an entry's title, text and target group. */
export function LearningEditForm({ learning, onDone }: Props) {
  const { t } = useTranslation("learning");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, update] = useMutation(UpdateLearningMutation);
  useEffect(() => headingRef.current?.focus(), []);
  const headingId = `edit-learning-${learning.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    const r = await update({
      input: {
        id: learning.id,
        title: String(form.get("title") ?? ""),
        body: String(form.get("body") ?? ""),
        targetGroup: String(form.get("targetGroup") ?? ""),
      },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.updateLearning;
    if (p?.learning && p.errors.length === 0) return onDone(true);
    setErrors(toFormErrors(p?.errors ?? [], ["title", "body", "targetGroup"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="learning-edit"
      labelledBy={headingId}
      heading={
        <h4 id={headingId} ref={headingRef} tabIndex={-1}>
          {t("edit.heading")}
        </h4>
      }
      submitLabel={t("edit.save")}
      busyLabel={t("edit.saving")}
      busy={fetching}
      onCancel={() => onDone(false)}
      cancelLabel={t("edit.cancel")}
    >
      <Field name="title" label={t("edit.title")} error={errors.fields.title}>
        {(p) => <input {...p} type="text" maxLength={200} defaultValue={learning.title} required />}
      </Field>
      <Field name="body" label={t("edit.body")} error={errors.fields.body}>
        {(p) => <textarea {...p} rows={5} maxLength={10000} defaultValue={learning.body} required />}
      </Field>
      <Field name="targetGroup" label={t("edit.targetGroup")} optional error={errors.fields.targetGroup}>
        {(p) => <input {...p} type="text" maxLength={500} defaultValue={learning.targetGroup} />}
      </Field>
    </FormScaffold>
  );
}
