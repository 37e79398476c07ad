import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDate } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { StageBadge } from "../ideas/StageBadge";
import { type Decision, TriagePanel } from "./TriagePanel";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import "./guidance.css";

export const QueueItemFragment = graphql(`
  fragment QueueItem_item on QueueItem {
    waitingWorkingDays
    acknowledgedAt
    acknowledgementOverdue
    decisionDueBy
    decisionOverdue
    idea {
      id
      title
      summary
      stage
      submittedAt
      organisationName
      bearer {
        id
        name
      }
      arena {
        id
        slug
      }
    }
  }
`);

const AcknowledgeIdeaMutation = graphql(`
  mutation AcknowledgeIdea($ideaId: ID!) {
    acknowledgeIdea(ideaId: $ideaId) {
      idea {
        id
        hearBackBy
      }
      errors {
        message
      }
    }
  }
`);

/** The badges that say a promise has been broken. */
export function PromiseBadges({ ackOverdue, decisionOverdue }: { ackOverdue: boolean; decisionOverdue: boolean }) {
  const { t } = useTranslation("guidance");
  return (
    <>
      {ackOverdue && <Badge tone="danger">{t("intake.ackOverdue")}</Badge>}
      {decisionOverdue && <Badge tone="danger">{t("intake.decisionOverdue")}</Badge>}
    </>
  );
}

interface Props {
  item: FragmentOf<typeof QueueItemFragment>;
  /** Announces what was decided, for the page's live region. */
  onDecided: (message: (t: TFunction<"guidance">) => string, confirmationUrl?: string | null) => void;
}

/** An idea in the intake queue: how long it has waited, the promises, acknowledge and decide. */
export function QueueItemCard({ item: ref, onDecided }: Props) {
  const { t } = useTranslation("guidance");
  const item = readFragment(QueueItemFragment, ref);
  const { idea } = item;
  const [open, setOpen] = useState(false);
  const [ackState, acknowledge] = useMutation(AcknowledgeIdeaMutation);
  const [ackError, setAckError] = useState<string | null>(null);
  const panelId = `triage-${idea.id}`;
  const headingId = `queue-${idea.id}`;
  const title = idea.title || t("idea.untitled", { ns: "ideas" });
  const { openerRef: toggleRef } = useOpenerFocus(open);

  const onAcknowledge = async () => {
    setAckError(null);
    const r = await acknowledge({ ideaId: idea.id });
    const message = r.error
      ? errorMessage(r.error, t("state.networkError", { ns: "translation" }))
      : r.data?.acknowledgeIdea.errors[0]?.message;
    if (message) setAckError(message);
    else onDecided((tt) => tt("intake.acknowledgedNow"));
  };
  const onDone = (decision: Decision, confirmationUrl: string | null) => {
    setOpen(false);
    onDecided((tt) => tt("triage.done", { decision: tt(`triage.decisions.${decision}`) }), confirmationUrl);
  };

  return (
    <article className="card queue-item" aria-labelledby={headingId}>
      <div className="queue-item__head">
        <p className="queue-item__badges">
          <StageBadge stage={idea.stage} />
          <Badge tone={item.decisionOverdue || item.acknowledgementOverdue ? "warning" : "muted"}>
            {t("intake.waiting", { days: t("common.working", { count: item.waitingWorkingDays }) })}
          </Badge>
          <PromiseBadges ackOverdue={item.acknowledgementOverdue} decisionOverdue={item.decisionOverdue} />
        </p>
        <h3 id={headingId} className="queue-item__title">
          <Link to={`/a/${idea.arena.slug}/ideas/${idea.id}`}>{title}</Link>
        </h3>
        {idea.summary && <p className="queue-item__summary">{idea.summary}</p>}
        <dl className="queue-item__meta">
          <div>
            <dt>{t("idea.bearer", { ns: "ideas" })}</dt>
            <dd>{idea.organisationName ? `${idea.bearer.name}, ${idea.organisationName}` : idea.bearer.name}</dd>
          </div>
          {idea.submittedAt && (
            <div>
              <dt>{t("intake.submitted")}</dt>
              <dd>
                <time dateTime={idea.submittedAt}>{formatDate(idea.submittedAt)}</time>
              </dd>
            </div>
          )}
          <div>
            <dt>{t("intake.acknowledged")}</dt>
            <dd>
              {item.acknowledgedAt ? (
                <time dateTime={item.acknowledgedAt}>{formatDate(item.acknowledgedAt)}</time>
              ) : (
                t("intake.notAcknowledged")
              )}
            </dd>
          </div>
          {item.decisionDueBy && (
            <div>
              <dt>{t("intake.decisionDueBy")}</dt>
              <dd>
                <time dateTime={item.decisionDueBy}>{formatDate(item.decisionDueBy)}</time>
              </dd>
            </div>
          )}
        </dl>
      </div>
      <div className="button-row queue-item__actions">
        {!item.acknowledgedAt && (
          <button type="button" className="button button--secondary" onClick={onAcknowledge} disabled={ackState.fetching}>
            {ackState.fetching ? t("intake.acknowledging") : t("intake.acknowledge")}
            <span className="visually-hidden">: {title}</span>
          </button>
        )}
        <button
          ref={toggleRef}
          type="button"
          className={open ? "button button--ghost" : "button button--primary"}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {open ? t("intake.closeTriage") : t("intake.triage")}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      {ackError && (
        <p className="field__error" role="alert">
          {ackError}
        </p>
      )}
      <div id={panelId} hidden={!open}>
        {open && <TriagePanel ideaId={idea.id} ideaTitle={title} arenaSlug={idea.arena.slug} arenaId={idea.arena.id} onDone={onDone} />}
      </div>
    </article>
  );
}
