import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDate, formatDateTime } from "../../ui/format";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import { BASIS_FIELDS, BasisForm } from "./BasisForm";
import { MatterActions } from "./MatterActions";
import { MatterAttachments } from "./MatterAttachments";
import { MatterStageBadge } from "./StageBadge";
import { FundingPanel } from "../funding/FundingPanel";
import { DecisionActivityAction } from "../plans/DecisionActivityAction";
import "./matters.css";

const MatterPageQuery = graphql(`
  query MatterPage($slug: String!, $number: Int!) {
    matter(arenaSlug: $slug, number: $number) {
      id
      number
      kind
      stage
      stageSince
      overdue
      title
      summary
      background
      proposedDecision
      consequences
      consequencesOfNothing
      effortAndEffect
      preparationNotes
      version
      body {
        id
        key
        name
      }
      preparer {
        id
        name
      }
      links {
        id
        kind
        isOrigin
        idea {
          id
          title
        }
        cycle {
          id
          number
          decision
        }
        learning {
          id
          title
        }
        evaluation {
          id
          findings
        }
      }
      attachments {
        id
        fileName
        byteSize
        url
      }
      timeline {
        id
        label
        at
        actorName
        reason
      }
      dispatchRights {
        dispatch
      }
      dispatches {
        id
      }
      viewerCan {
        assignPreparer
        prepare
        place
        return
        withdraw
      }
      arena {
        id
        slug
        name
        bodies {
          id
          name
          kind
          memberships {
            id
            person {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** One matter: its basis for decision, links, attachments and steps; for the kansli and the beredning, the steps they may take. */
export function MatterPage() {
  const { t } = useTranslation("matters");
  const { slug = "", number = "" } = useParams();
  const [editing, setEditing] = useState(false);
  const n = Number.parseInt(number, 10);
  const [{ data, error }, reexecute] = useQuery({
    query: MatterPageQuery,
    variables: { slug, number: Number.isSafeInteger(n) ? n : 0 },
    requestPolicy: "cache-and-network",
  });
  const back = (
    <p className="eyebrow">
      <Link to={`/a/${slug}/matters`}>
        <span aria-hidden="true">← </span>
        {t("page.back")}
      </Link>
    </p>
  );
  if (!data)
    return (
      <PageState
        head={
          <header className="page-head">
            {back}
            <h1 tabIndex={-1}>{t("page.pageTitle")}</h1>
          </header>
        }
        error={error}
        reexecute={reexecute}
      />
    );
  const m = data.matter;
  if (!m)
    return (
      <>
        <header className="page-head">
          {back}
          <h1 tabIndex={-1}>{t("page.pageTitle")}</h1>
        </header>
        <p className="notice">{t("page.unavailable")}</p>
      </>
    );
  const refetch = () => reexecute({ requestPolicy: "network-only" });

  return (
    <article className="matter-page">
      <PageTitle parts={[m.title, t("page.number", { number: m.number })]} />
      <header className="page-head">
        {back}
        <p className="matter-page__badges">
          <span className="eyebrow">{t("page.number", { number: m.number })}</span> <MatterStageBadge stage={m.stage} />{" "}
          <Badge>{t(`kind.${m.kind}`)}</Badge>
          {m.overdue && <Badge tone="warning">{t("page.overdue", { date: formatDate(m.stageSince) })}</Badge>}
        </p>
        <h1 tabIndex={-1}>{m.title}</h1>
        {m.summary && <p className="lead">{m.summary}</p>}
        <dl className="byline">
          <div>
            <dt>{t("page.body")}</dt>
            {/* The body's page is where the kansli books its meetings and puts the matter on an agenda. */}
            <dd>{m.body ? <Link to={`/a/${m.arena.slug}/bodies/${m.body.key}`}>{m.body.name}</Link> : t("page.none")}</dd>
          </div>
          {m.attachments !== null && (
            <div>
              <dt>{t("page.preparer")}</dt>
              <dd>{m.preparer?.name ?? t("page.none")}</dd>
            </div>
          )}
        </dl>
      </header>

      <div className="matter-layout">
        <div className="matter-main">
          {editing ? (
            <BasisForm
              matter={m}
              onDone={() => {
                setEditing(false);
                refetch();
              }}
            />
          ) : (
            <section className="section" aria-labelledby="basis-heading">
              <h2 id="basis-heading">{t("page.basis")}</h2>
              {m.viewerCan.prepare && (
                <p>
                  <button type="button" className="button" onClick={() => setEditing(true)}>
                    {t("prepare.edit")}
                  </button>
                </p>
              )}
              <dl className="matter-basis">
                {BASIS_FIELDS.map((f) => (
                  <div key={f}>
                    <dt>{t(`page.${f}`)}</dt>
                    <dd className={m[f] ? "matter-basis__text" : "muted"}>{m[f] || t("page.notWritten")}</dd>
                  </div>
                ))}
                {m.preparationNotes !== null && (
                  <div className="matter-basis__internal">
                    <dt>{t("page.preparationNotes")}</dt>
                    <dd className={m.preparationNotes ? "matter-basis__text" : "muted"}>{m.preparationNotes || t("page.notWritten")}</dd>
                  </div>
                )}
              </dl>
            </section>
          )}

          <section className="section" aria-labelledby="links-heading">
            <h2 id="links-heading">{t("page.links")}</h2>
            {m.links.length === 0 ? (
              <p className="muted">{t("page.noLinks")}</p>
            ) : (
              <ul className="matter-links">
                {m.links.map((l) => (
                  <li key={l.id}>
                    <Badge>{t(`linkKind.${l.kind}`)}</Badge>{" "}
                    {l.cycle && (
                      <>
                        {t("page.cycleLink", { number: l.cycle.number })}
                        {l.cycle.decision && `, ${t("page.decision", { decision: t(`decision.${l.cycle.decision}`) })}`}
                        {": "}
                      </>
                    )}
                    {l.learning && <>{l.learning.title}: </>}
                    {l.evaluation && <>{l.evaluation.findings} – </>}
                    {l.idea ? (
                      <Link to={`/a/${m.arena.slug}/ideas/${l.idea.id}`}>{l.idea.title}</Link>
                    ) : (
                      <span className="muted">{t("page.unreadable")}</span>
                    )}
                    {l.isOrigin && <span className="muted"> ({t("page.origin")})</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          {m.attachments !== null && (
            <MatterAttachments matterId={m.id} attachments={m.attachments} canEdit={m.viewerCan.prepare} onChanged={refetch} />
          )}

          <FundingPanel target={{ kind: "MATTER", matterId: m.id }} slug={slug} />

          <section className="section" aria-labelledby="matter-timeline-heading">
            <h2 id="matter-timeline-heading">{t("page.timeline")}</h2>
            <ol className="timeline">
              {m.timeline.map((e) => (
                <li key={e.id} className="timeline__item">
                  <p className="timeline__what">{e.label}</p>
                  <p className="timeline__when">
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                    {e.actorName && <span> · {e.actorName}</span>}
                  </p>
                  {e.reason && <p className="timeline__reason">{e.reason}</p>}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <aside className="matter-aside">
          {/* The decision goes out to the parties from a page of its own; the kansli finds it here. */}
          {(m.dispatchRights.dispatch || m.dispatches.length > 0) && (
            <p>
              <Link className="button" to={`/a/${m.arena.slug}/matters/${m.number}/dispatch`}>
                {t("page.dispatch")}
              </Link>
            </p>
          )}
          <MatterActions matterId={m.id} can={m.viewerCan} bodies={m.arena.bodies} />
          {(m.stage === "DECIDED" || m.stage === "DISPATCHED" || m.stage === "CLOSED") && (
            <DecisionActivityAction matterId={m.id} slug={m.arena.slug} />
          )}
        </aside>
      </div>
    </article>
  );
}
