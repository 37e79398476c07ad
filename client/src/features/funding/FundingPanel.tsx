import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { useMutationSubmit } from "../../forms/useMutationSubmit";
import { graphql } from "../../graphql";
import { useQuery } from "../../ui/useQuery";
import { FundingPlanFragment, FundingPlanView } from "./FundingPlanView";
import "./funding.css";

const FundingPanelQuery = graphql(
  `
    query FundingPanel($id: ID!, $slug: String!) {
      arena(slug: $slug) {
        id
        viewerMayManageFunding
      }
      node(id: $id) {
        id
        ... on Matter {
          title
          fundingPlans {
            id
            ...FundingPlanView_plan
          }
        }
        ... on PlanActivity {
          title
          fundingPlans {
            id
            ...FundingPlanView_plan
          }
        }
      }
    }
  `,
  [FundingPlanFragment],
);

const CreatePlan = graphql(
  `
    mutation CreateFundingPlanForm($input: CreateFundingPlanInput!) {
      createFundingPlan(input: $input) {
        plan {
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

const FIELDS = ["title", "totalAmount", "year"] as const;

/**
 * The funding tab of a matter or an action-plan activity: its funding plans for the partnership's
 * members and the kansli, and for the kansli a form to make one. Shows nothing to those who may
 * not read funding.
 */
export function FundingPanel({ target, slug }: { target: Target; slug: string }) {
  const { t } = useTranslation("funding");
  const id = target.kind === "MATTER" ? target.matterId : target.activityId;
  const [{ data }, reexecute] = useQuery({ query: FundingPanelQuery, variables: { id, slug } });
  const node = data?.node;
  if (!node || !("fundingPlans" in node) || node.fundingPlans === null || node.fundingPlans === undefined) return null;
  return (
    <section className="section" aria-labelledby="funding-heading">
      <h2 id="funding-heading">{t("panel.heading")}</h2>
      {node.fundingPlans.length === 0 ? <p>{t("panel.empty")}</p> : node.fundingPlans.map((p) => <FundingPlanView key={p.id} plan={p} />)}
      {data.arena?.viewerMayManageFunding && (
        <NewFundingPlanForm target={target} defaultTitle={node.title} onDone={() => reexecute({ requestPolicy: "network-only" })} />
      )}
    </section>
  );
}

export type Target = { kind: "MATTER"; matterId: string } | { kind: "ACTIVITY"; activityId: string };

export function NewFundingPlanForm({ target, defaultTitle, onDone }: { target: Target; defaultTitle: string; onDone: () => void }) {
  const { t } = useTranslation("funding");
  const [created, setCreated] = useState(false);
  const { scaffold, errors, submit } = useMutationSubmit(CreatePlan, (d) => d.createFundingPlan, FIELDS);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    setCreated(false);
    const done = await submit({
      input: {
        ...target,
        title: text("title"),
        totalAmount: Number(text("totalAmount")),
        year: Number(text("year")),
        regionBasisPoints: 5000,
      },
    });
    if (!done?.plan) return;
    setCreated(true);
    onDone();
  };
  const fe = errors.fields;
  return (
    <div className="edit-panel">
      <h3 id="new-funding-plan">{t("panel.formHeading")}</h3>
      <FormScaffold
        {...scaffold}
        onSubmit={onSubmit}
        className="form--grid"
        labelledBy="new-funding-plan"
        submitLabel={t("panel.submit")}
        busyLabel={t("panel.submitting")}
      >
        <Field name="title" label={t("panel.title")} error={fe.title}>
          {(c) => <input {...c} type="text" required maxLength={200} defaultValue={defaultTitle} />}
        </Field>
        <Field name="totalAmount" label={t("panel.totalAmount")} hint={t("panel.totalHint")} error={fe.totalAmount}>
          {(c) => <input {...c} type="number" min={0} step={1} required inputMode="numeric" />}
        </Field>
        <Field name="year" label={t("panel.year")} error={fe.year}>
          {(c) => <input {...c} type="number" min={2000} max={2100} required defaultValue={new Date().getFullYear()} inputMode="numeric" />}
        </Field>
        <p role="status" className="form__status">
          {created ? t("panel.created") : ""}
        </p>
      </FormScaffold>
    </div>
  );
}
