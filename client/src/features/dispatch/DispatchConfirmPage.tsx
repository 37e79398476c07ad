import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { Choice, Fieldset } from "../../forms/Choices";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { useMutationSubmit } from "../../forms/useMutationSubmit";
import { graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDate, formatLocalDate } from "../../ui/format";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import "./dispatch.css";

const HandOffFields = graphql(`
  fragment HandOff_dispatch on DispatchHandOff {
    status
    partyName
    arenaName
    bodyName
    matterNumber
    matterTitle
    outcome
    decisionText
    decidedOn
    sentAt
    receivedAt
    answeredAt
    adoptedOn
    answerNote
  }
`);

const DispatchByTokenQuery = graphql(
  `
    query DispatchByTokenPage($token: String!) {
      dispatchByToken(token: $token) {
        ...HandOff_dispatch
      }
    }
  `,
  [HandOffFields],
);

const ConfirmMutation = graphql(
  `
    mutation ConfirmDispatchPage($input: ConfirmDispatchInput!) {
      confirmDispatch(input: $input) {
        dispatch {
          ...HandOff_dispatch
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [HandOffFields, FormErrorsFragment],
);

const AnswerMutation = graphql(
  `
    mutation AnswerDispatchPage($input: AnswerDispatchInput!) {
      answerDispatch(input: $input) {
        dispatch {
          ...HandOff_dispatch
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [HandOffFields, FormErrorsFragment],
);

type Done = "confirmed" | "answered";
const ANSWERS = ["ADOPTED", "DECLINED"] as const;
type Answer = (typeof ANSWERS)[number];

function ConfirmForm({ token, onDone }: { token: string; onDone: (d: Done) => void }) {
  const { t } = useTranslation("dispatch");
  const { scaffold, submit } = useMutationSubmit(ConfirmMutation, (d) => d.confirmDispatch, []);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await submit({ input: { token } })) onDone("confirmed");
  };
  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="card"
      labelledBy="confirm-heading"
      heading={<h2 id="confirm-heading">{t("party.confirmHeading")}</h2>}
      submitLabel={t("party.confirm")}
      busyLabel={t("party.confirming")}
    >
      {null}
    </FormScaffold>
  );
}

function AnswerForm({ token, onDone }: { token: string; onDone: (d: Done) => void }) {
  const { t } = useTranslation("dispatch");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const { scaffold, errors, setErrors, submit } = useMutationSubmit(AnswerMutation, (d) => d.answerDispatch, [
    "answer",
    "adoptedOn",
    "note",
  ]);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!answer) return setErrors({ fields: { answer: t("party.chooseAnswer") }, general: [] });
    const form = new FormData(event.currentTarget);
    const adoptedOn = String(form.get("adoptedOn") ?? "");
    const done = await submit({
      input: { token, answer, adoptedOn: answer === "ADOPTED" && adoptedOn ? adoptedOn : null, note: String(form.get("note") ?? "") },
    });
    if (done) onDone("answered");
  };
  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="card"
      labelledBy="answer-heading"
      heading={<h2 id="answer-heading">{t("party.answerHeading")}</h2>}
      submitLabel={t("party.send")}
      busyLabel={t("party.sending")}
    >
      <Fieldset legend={t("party.answer")} error={errors.fields.answer}>
        {ANSWERS.map((a) => (
          <Choice
            key={a}
            type="radio"
            name="answer"
            value={a}
            label={t(`party.answers.${a}`)}
            checked={answer === a}
            invalid={errors.fields.answer !== undefined}
            onChange={(on) => on && setAnswer(a)}
          />
        ))}
      </Fieldset>
      {answer === "ADOPTED" && (
        <Field name="adoptedOn" label={t("party.adoptedOnLabel")} error={errors.fields.adoptedOn}>
          {(p) => <input {...p} type="date" />}
        </Field>
      )}
      <Field name="note" label={t("party.note")} hint={t("party.noteHint")} optional={answer !== "DECLINED"} error={errors.fields.note}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} />}
      </Field>
    </FormScaffold>
  );
}

/** /dispatch/:token — the party's view of a dispatched decision through its personal link, without an account. */
export function DispatchConfirmPage() {
  const { t } = useTranslation("dispatch");
  const { token = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: DispatchByTokenQuery, variables: { token } });
  const [done, setDone] = useState<Done | null>(null);
  // The hand-off has no id to update in the cache: after an answer, read it again.
  const onDone = (d: Done) => {
    setDone(d);
    reexecute({ requestPolicy: "network-only" });
  };
  const head = <h1 tabIndex={-1}>{t("party.pageTitle")}</h1>;
  if (!data) return <PageState head={<div className="narrow">{head}</div>} error={error} reexecute={reexecute} />;
  if (!data.dispatchByToken) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("party.unknownTitle")]} />
        <h1 tabIndex={-1}>{t("party.unknownTitle")}</h1>
        <p className="lead">{t("party.unknownText")}</p>
        <p className="button-row">
          <Link className="button button--primary" to="/">
            {t("state.backHome", { ns: "translation" })}
          </Link>
        </p>
      </div>
    );
  }
  const d = readFragment(HandOffFields, data.dispatchByToken);
  const answered = d.status === "ADOPTED" || d.status === "DECLINED";
  return (
    <div className="narrow">
      <PageTitle parts={[t("party.title", { arena: d.arenaName })]} />
      <div className="page-head">
        <p className="eyebrow">{d.partyName}</p>
        <h1 tabIndex={-1}>{t("party.title", { arena: d.arenaName })}</h1>
        <p className="lead">{t("party.intro", { body: d.bodyName, party: d.partyName })}</p>
      </div>
      <div role="status">
        {done && (
          <div className="notice notice--success">
            <p>{t(`party.${done}`)}</p>
          </div>
        )}
      </div>
      <section className="section section--tight card" aria-labelledby="dispatch-decision">
        <h2 id="dispatch-decision">
          <span className="eyebrow">{t("party.matter", { number: d.matterNumber })}</span> {d.matterTitle}
        </h2>
        <h3>
          {t("party.decision")}: {t(`outcome.${d.outcome}`)}
        </h3>
        <p className="dispatch-decision">{d.decisionText}</p>
        <p className="muted">{t("party.decidedOn", { date: formatLocalDate(d.decidedOn), body: d.bodyName })}</p>
        <p>
          {t("party.status")}: <Badge tone={answered ? "success" : "accent"}>{t(`status.${d.status}`)}</Badge>
        </p>
        {d.receivedAt && <p className="muted">{t("party.receivedAt", { date: formatDate(d.receivedAt) })}</p>}
        {d.adoptedOn && <p>{t("party.adoptedOn", { date: formatLocalDate(d.adoptedOn) })}</p>}
        {d.answerNote && <p className="prose">{d.answerNote}</p>}
      </section>
      {d.status === "SENT" && <ConfirmForm token={token} onDone={onDone} />}
      {!answered && <AnswerForm token={token} onDone={onDone} />}
      {answered && <p className="notice">{t("party.closed")}</p>}
    </div>
  );
}
