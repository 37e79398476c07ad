import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { graphql } from "../../graphql";
import { StepForm } from "./StepForm";
import { NOT_DECIDING } from "./types";

const Step = `matter { id stage version } errors { ...FormErrors_userError }`;
const AssignMutation = graphql(
  `mutation AssignMatterPreparerForm($input: AssignPreparerInput!) { assignMatterPreparer(input: $input) { ${Step} } }`,
  [FormErrorsFragment],
);
const PlaceMutation = graphql(`mutation PlaceMatterForm($input: PlaceMatterInput!) { placeMatter(input: $input) { ${Step} } }`, [
  FormErrorsFragment,
]);
const ReturnMutation = graphql(`mutation ReturnMatterForm($input: MatterReasonInput!) { returnMatter(input: $input) { ${Step} } }`, [
  FormErrorsFragment,
]);
const WithdrawMutation = graphql(`mutation WithdrawMatterForm($input: MatterReasonInput!) { withdrawMatter(input: $input) { ${Step} } }`, [
  FormErrorsFragment,
]);

interface Props {
  matterId: string;
  can: { assignPreparer: boolean; place: boolean; return: boolean; withdraw: boolean };
  bodies: { id: string; name: string; kind: string; memberships: { person: { id: string; name: string } | null }[] }[];
}

type Errors = { errors: never[] } | null | undefined;

/** The steps the viewer may take now: send to a preparer, place at a body, return, withdraw. */
export function MatterActions({ matterId, can, bodies }: Props) {
  const { t } = useTranslation("matters");
  const [assigning, assign] = useMutation(AssignMutation);
  const [placing, place] = useMutation(PlaceMutation);
  const [returning, ret] = useMutation(ReturnMutation);
  const [withdrawing, withdraw] = useMutation(WithdrawMutation);
  const preparers = bodies
    .filter((b) => b.kind === "PREPARATION_BODY")
    .flatMap((b) => b.memberships.flatMap((m) => (m.person ? [{ value: m.person.id, label: m.person.name }] : [])));
  const deciding = bodies.filter((b) => !(NOT_DECIDING as readonly string[]).includes(b.kind)).map((b) => ({ value: b.id, label: b.name }));
  if (!can.assignPreparer && !can.place && !can.return && !can.withdraw) return null;

  return (
    <section className="card matter-actions" aria-labelledby="matter-actions-heading">
      <h2 id="matter-actions-heading">{t("page.actions")}</h2>
      {can.assignPreparer &&
        (preparers.length === 0 ? (
          <p className="muted">{t("assign.noneInBody")}</p>
        ) : (
          <StepForm
            heading={t("assign.heading")}
            field={{ name: "preparerId", label: t("assign.preparer"), options: preparers, placeholder: t("assign.choose") }}
            submitLabel={t("assign.submit")}
            busyLabel={t("assign.busy")}
            busy={assigning.fetching}
            submit={(preparerId) => assign({ input: { matterId, preparerId } })}
            payloadOf={(d) => (d as { assignMatterPreparer?: Errors } | undefined)?.assignMatterPreparer}
          />
        ))}
      {can.place && (
        <StepForm
          heading={t("place.heading")}
          field={{ name: "bodyId", label: t("place.body"), options: deciding, placeholder: t("place.choose") }}
          submitLabel={t("place.submit")}
          busyLabel={t("place.busy")}
          busy={placing.fetching}
          submit={(bodyId) => place({ input: { matterId, bodyId } })}
          payloadOf={(d) => (d as { placeMatter?: Errors } | undefined)?.placeMatter}
        />
      )}
      {can.return && (
        <StepForm
          heading={t("reason.returnHeading")}
          field={{ name: "reason", label: t("reason.reason") }}
          submitLabel={t("reason.returnSubmit")}
          busyLabel={t("reason.busy")}
          busy={returning.fetching}
          submit={(reason) => ret({ input: { matterId, reason } })}
          payloadOf={(d) => (d as { returnMatter?: Errors } | undefined)?.returnMatter}
        />
      )}
      {can.withdraw && (
        <StepForm
          heading={t("reason.withdrawHeading")}
          field={{ name: "reason", label: t("reason.reason") }}
          submitLabel={t("reason.withdrawSubmit")}
          busyLabel={t("reason.busy")}
          busy={withdrawing.fetching}
          submit={(reason) => withdraw({ input: { matterId, reason } })}
          payloadOf={(d) => (d as { withdrawMatter?: Errors } | undefined)?.withdrawMatter}
          className="matter-step--danger"
        />
      )}
    </section>
  );
}
