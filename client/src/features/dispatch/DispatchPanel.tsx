import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Choice, Fieldset } from "../../forms/Choices";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { FormScaffold } from "../../forms/FormScaffold";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { DispatchTableFragment } from "./DispatchTable";
import "./dispatch.css";

export const DispatchPanelFragment = graphql(`
  fragment DispatchPanel_matter on Matter {
    id
    dispatchRights {
      decisionId
      dispatch
      close
    }
    dispatches {
      id
      organisation {
        id
      }
    }
  }
`);

export const DispatchPartiesFragment = graphql(`
  fragment DispatchPanel_arena on Arena {
    id
    organisations {
      id
      name
      isParty
      contactEmail
    }
  }
`);

const DispatchMutation = graphql(
  `
    mutation DispatchDecisionForm($input: DispatchDecisionInput!) {
      dispatchDecision(input: $input) {
        dispatches {
          id
        }
        matter {
          id
          stage
          ...DispatchTable_matter
          ...DispatchPanel_matter
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [DispatchTableFragment, DispatchPanelFragment, FormErrorsFragment],
);

const CloseMutation = graphql(
  `
    mutation CloseMatterForm($input: CloseMatterInput!) {
      closeMatter(input: $input) {
        matter {
          id
          stage
          ...DispatchPanel_matter
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [DispatchPanelFragment, FormErrorsFragment],
);

/** For the kansli: choose the parties (all not yet sent to, by default) and send the decision to their contact persons. */
export function DispatchForm(props: {
  matter: FragmentOf<typeof DispatchPanelFragment>;
  arena: FragmentOf<typeof DispatchPartiesFragment>;
}) {
  const { t } = useTranslation("dispatch");
  const matter = readFragment(DispatchPanelFragment, props.matter);
  const arena = readFragment(DispatchPartiesFragment, props.arena);
  const sentTo = new Set(matter.dispatches.map((d) => d.organisation.id));
  const open = arena.organisations.filter((o) => o.isParty && !sentTo.has(o.id));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(open.map((o) => o.id)));
  const [sent, setSent] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, dispatch] = useMutation(DispatchMutation);
  const decisionId = matter.dispatchRights.decisionId;
  if (!matter.dispatchRights.dispatch || !decisionId) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    const ids = open.filter((o) => chosen.has(o.id)).map((o) => o.id);
    if (ids.length === 0) return setErrors({ fields: { organisationIds: t("send.chooseOne") }, general: [] });
    setErrors(noErrors);
    const r = await dispatch({ input: { decisionId, organisationIds: ids } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const payload = r.data?.dispatchDecision;
    if (payload && payload.errors.length === 0) return setSent(payload.dispatches.length);
    setErrors(toFormErrors(payload?.errors ?? [], ["organisationIds"]));
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((cur) => {
      const next = new Set(cur);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const count = open.filter((o) => chosen.has(o.id)).length;

  return (
    <section className="section edit-panel" aria-labelledby="dispatch-send">
      <h2 id="dispatch-send">{t("send.heading")}</h2>
      <p className="muted">{t("send.intro")}</p>
      <p role="status" className="form__status">
        {sent !== null ? t("send.sent", { count: sent }) : ""}
      </p>
      {open.length === 0 ? (
        <p className="empty">{t("send.noneLeft")}</p>
      ) : (
        <FormScaffold
          formRef={formRef}
          summaryRef={summaryRef}
          errors={errors}
          onSubmit={onSubmit}
          labelledBy="dispatch-send"
          submitLabel={t("send.submit", { count })}
          busyLabel={t("send.sending")}
          busy={fetching}
        >
          <Fieldset legend={t("send.parties")} error={errors.fields.organisationIds}>
            <div className="dispatch-parties">
              {open.map((o) => (
                <Choice
                  key={o.id}
                  type="checkbox"
                  name="organisationIds"
                  value={o.id}
                  checked={chosen.has(o.id)}
                  onChange={(on) => toggle(o.id, on)}
                  label={o.name}
                  hint={o.contactEmail ? o.contactEmail : t("send.noContact")}
                />
              ))}
            </div>
          </Fieldset>
        </FormScaffold>
      )}
    </section>
  );
}

/** For the kansli: close the matter once its decision is out. */
export function CloseMatterForm({ matter: ref }: { matter: FragmentOf<typeof DispatchPanelFragment> }) {
  const { t } = useTranslation("dispatch");
  const matter = readFragment(DispatchPanelFragment, ref);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, close] = useMutation(CloseMutation);
  if (!matter.dispatchRights.close) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(noErrors);
    const r = await close({ input: { matterId: matter.id } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const payload = r.data?.closeMatter;
    if (payload && payload.errors.length > 0) setErrors(toFormErrors(payload.errors, []));
  };

  return (
    <section className="section" aria-labelledby="dispatch-close">
      <FormScaffold
        formRef={formRef}
        summaryRef={summaryRef}
        errors={errors}
        onSubmit={onSubmit}
        labelledBy="dispatch-close"
        heading={
          <>
            <h2 id="dispatch-close">{t("close.heading")}</h2>
            <p className="muted">{t("close.intro")}</p>
          </>
        }
        submitLabel={t("close.submit")}
        busyLabel={t("send.sending")}
        busy={fetching}
        submitClassName="button button--secondary"
      >
        {null}
      </FormScaffold>
    </section>
  );
}
