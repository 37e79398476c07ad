import { type FormEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";

const CreateMeetingMutation = graphql(
  `
    mutation CreateMeetingFromBodyPage($input: CreateMeetingInput!) {
      createMeeting(input: $input) {
        meeting {
          id
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** The kansli books a meeting of the body, then continues on the meeting's page (agenda, notice). */
export function CreateMeetingForm({ slug, bodyId }: { slug: string; bodyId: string }) {
  const { t } = useTranslation("bodies");
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, create] = useMutation(CreateMeetingMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    const local = String(form.get("startsAt") ?? "");
    if (!local) return setErrors({ fields: { startsAt: t("createMeeting.startsAtRequired") }, general: [] });
    const result = await create({
      input: {
        bodyId,
        startsAt: new Date(local).toISOString(),
        place: String(form.get("place") ?? ""),
        link: String(form.get("link") ?? ""),
      },
    });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const payload = result.data?.createMeeting;
    if (payload?.meeting && payload.errors.length === 0) return navigate(`/a/${slug}/meetings/${payload.meeting.id}`);
    setErrors(toFormErrors(payload?.errors ?? [], ["startsAt", "place", "link"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card meeting-form"
      labelledBy="create-meeting-heading"
      heading={<h2 id="create-meeting-heading">{t("createMeeting.heading")}</h2>}
      submitLabel={t("createMeeting.submit")}
      busyLabel={t("createMeeting.busy")}
      busy={fetching}
    >
      <Field name="startsAt" label={t("createMeeting.startsAt")} error={errors.fields.startsAt}>
        {(p) => <input {...p} type="datetime-local" required />}
      </Field>
      <Field name="place" label={t("createMeeting.place")} error={errors.fields.place}>
        {(p) => <input {...p} type="text" maxLength={300} />}
      </Field>
      <Field name="link" label={t("createMeeting.link")} error={errors.fields.link} optional>
        {(p) => <input {...p} type="url" maxLength={500} />}
      </Field>
    </FormScaffold>
  );
}
