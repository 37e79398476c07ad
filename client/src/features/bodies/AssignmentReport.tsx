import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment } from "../../forms/errors";
import { formText } from "../../forms/useMutationForm";
import { useMutationSubmit } from "../../forms/useMutationSubmit";
import { graphql } from "../../graphql";
import { useOpenerFocus } from "../../ui/useOpenerFocus";

const ReportOnAssignmentMutation = graphql(
  `
    mutation ReportOnAssignmentFromBodyPage($input: ReportOnAssignmentInput!) {
      reportOnAssignment(input: $input) {
        assignment {
          id
          status
          report
          reportedAt
          reportMatter {
            id
            number
          }
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/**
 * The assignee body's members (or the kansli) report back on an assignment. The report becomes
 * the basis of a report-back matter at the deciding body, and the assignment leaves the open ones.
 */
export function AssignmentReport({
  assignment,
  onReported,
}: {
  assignment: { id: string; description: string };
  /** The message for the page's live region; the page then reads its assignments again. */
  onReported: (message: string) => void;
}) {
  const { t } = useTranslation("bodies");
  const [open, setOpen] = useState(false);
  const { openerRef, headingRef } = useOpenerFocus(open);
  const { scaffold, errors, submit } = useMutationSubmit(ReportOnAssignmentMutation, (d) => d.reportOnAssignment, ["report"]);
  const headingId = `report-heading-${assignment.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const done = await submit({ input: { assignmentId: assignment.id, report: formText(event.currentTarget)("report") } });
    if (!done) return;
    setOpen(false);
    const number = done.assignment?.reportMatter?.number;
    onReported(number === undefined ? t("report.done") : t("report.doneWithMatter", { number }));
  };

  if (!open)
    return (
      <button ref={openerRef} type="button" className="button button--small" onClick={() => setOpen(true)}>
        {t("report.open")}
        <span className="visually-hidden">: {assignment.description}</span>
      </button>
    );
  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="card meeting-form"
      labelledBy={headingId}
      heading={
        <>
          <h3 id={headingId} ref={headingRef} tabIndex={-1}>
            {t("report.heading", { description: assignment.description })}
          </h3>
          <p className="muted">{t("report.explain")}</p>
        </>
      }
      submitLabel={t("report.submit")}
      busyLabel={t("report.busy")}
      onCancel={() => setOpen(false)}
      cancelLabel={t("changes.close")}
    >
      <Field name="report" label={t("report.report")} error={errors.fields.report}>
        {(p) => <textarea {...p} rows={5} maxLength={20000} required />}
      </Field>
    </FormScaffold>
  );
}
