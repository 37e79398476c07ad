import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { formatLocalDate } from "../../ui/format";
import { useQuery } from "../../ui/useQuery";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { AssignmentReport } from "./AssignmentReport";
import { CreateMeetingForm } from "./CreateMeetingForm";
import { DecisionItem } from "./DecisionItem";
import { MeetingSummary } from "./MeetingSummary";
import { DecisionItemFragment, MeetingSummaryFragment } from "./fragments";
import "./bodies.css";

const BodyPageQuery = graphql(
  `
    query BodyPage($slug: String!, $key: String!) {
      arena(slug: $slug) {
        id
        name
        body(key: $key) {
          id
          name
          description
          memberships {
            id
            role
            organisation {
              id
              name
            }
            person {
              id
              name
            }
          }
          upcoming: meetings(when: UPCOMING) {
            id
            ...MeetingSummary_meeting
          }
          past: meetings(when: PAST, first: 5) {
            id
            ...MeetingSummary_meeting
          }
          decisions {
            id
            ...DecisionItem_decision
          }
          openAssignments {
            id
            description
            dueOn
            overdue
            viewerMayReport
            assigneeBody {
              id
              name
            }
            assigneeOrganisation {
              id
              name
            }
            decision {
              id
              matterNumber
              matterTitle
            }
          }
        }
      }
    }
  `,
  [MeetingSummaryFragment, DecisionItemFragment],
);

/**
 * A body's page: who sits in it, its meetings with their agendas, its decisions and the
 * assignments open. Everyone reads the public parts (published decisions); the kansli books meetings.
 */
export function BodyPage() {
  const { t } = useTranslation("bodies");
  const { slug = "", key = "" } = useParams();
  const { viewer } = useViewer();
  const [{ data, error }, reexecute] = useQuery({ query: BodyPageQuery, variables: { slug, key } });
  const [reported, setReported] = useState<string | null>(null);
  const body = data?.arena?.body;
  const head = (
    <>
      <PageTitle parts={[body?.name]} />
      <h1 tabIndex={-1}>{body?.name ?? "…"}</h1>
    </>
  );
  if (!data) return <PageState head={head} error={error} reexecute={reexecute} />;
  if (!data.arena) return <ArenaNotFound slug={slug} />;
  if (!body)
    return (
      <>
        <h1 tabIndex={-1}>{t("body.notFound")}</h1>
      </>
    );
  const kansli = hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN"]);
  const members = body.memberships.filter((m) => m.person || m.organisation);
  return (
    <div className="body-page">
      {head}
      {body.description && <p className="lead">{body.description}</p>}
      <div className="body-page__grid">
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t("body.upcoming")}</h2>
          {body.upcoming.length === 0 ? (
            <p className="muted">{t("body.noUpcoming")}</p>
          ) : (
            <ul className="plain-list">
              {body.upcoming.map((m) => (
                <MeetingSummary key={m.id} slug={slug} meeting={m} />
              ))}
            </ul>
          )}
          {kansli && <CreateMeetingForm slug={slug} bodyId={body.id} />}
        </section>
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t("body.members")}</h2>
          {members.length === 0 ? (
            <p className="muted">{t("body.noMembers")}</p>
          ) : (
            <ul className="plain-list body-page__members">
              {members.map((m) => (
                <li key={m.id}>
                  {m.person?.name ?? m.organisation?.name}
                  {m.person && m.organisation && <span className="muted"> · {m.organisation.name}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t("body.decisions")}</h2>
        {body.decisions.length === 0 ? (
          <p className="muted">{t("body.noDecisions")}</p>
        ) : (
          <ul className="plain-list">
            {body.decisions.map((d) => (
              <DecisionItem key={d.id} slug={slug} decision={d} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{t("body.assignments")}</h2>
        {body.openAssignments.length === 0 ? (
          <p className="muted">{t("body.noAssignments")}</p>
        ) : (
          <ul className="plain-list">
            {body.openAssignments.map((a) => (
              <li key={a.id} className="assignment-item">
                <strong>{a.description}</strong> –{" "}
                {t("body.assignmentTo", { name: a.assigneeBody?.name ?? a.assigneeOrganisation?.name ?? "" })}
                <br />
                <span className="muted">
                  {t("body.matter", { number: a.decision.matterNumber })}: {a.decision.matterTitle} ·{" "}
                  {t("body.due", { date: formatLocalDate(a.dueOn) })}
                </span>{" "}
                {a.overdue && <Badge tone="warning">{t("body.overdue")}</Badge>}
                {a.viewerMayReport && (
                  <div className="assignment-item__report">
                    <AssignmentReport
                      assignment={a}
                      onReported={(message) => {
                        setReported(message);
                        reexecute({ requestPolicy: "network-only" });
                      }}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <p role="status">{reported ?? ""}</p>
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t("body.past")}</h2>
        {body.past.length === 0 ? (
          <p className="muted">{t("body.noPast")}</p>
        ) : (
          <ul className="plain-list">
            {body.past.map((m) => (
              <MeetingSummary key={m.id} slug={slug} meeting={m} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
