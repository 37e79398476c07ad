import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { MeetingSummary } from "./MeetingSummary";
import { MeetingSummaryFragment } from "./fragments";
import "./bodies.css";

const MemberHomeQuery = graphql(
  `
    query MemberHome($slug: String!) {
      arena(slug: $slug) {
        id
        memberHome {
          bodies {
            id
            key
            name
          }
          nextMeetings {
            id
            body {
              id
              name
            }
            ...MeetingSummary_meeting
          }
          toDecide {
            id
            number
            title
          }
          toPrepare {
            id
            number
            title
          }
        }
      }
    }
  `,
  [MeetingSummaryFragment],
);

/** A body member's start page: their bodies, the next meetings, and the matters to decide and to prepare. */
export function MemberHomePage() {
  const { t } = useTranslation("bodies");
  const { slug = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: MemberHomeQuery, variables: { slug } });
  const head = (
    <>
      <PageTitle parts={[t("home.title")]} />
      <h1 tabIndex={-1}>{t("home.title")}</h1>
    </>
  );
  if (!data) return <PageState head={head} error={error} reexecute={reexecute} />;
  if (!data.arena) return <ArenaNotFound slug={slug} />;
  const home = data.arena.memberHome;
  if (!home)
    return (
      <>
        {head}
        <p>{t("home.nothing")}</p>
      </>
    );
  const matterList = (list: readonly { id: string; number: number; title: string }[], empty: string) =>
    list.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ul className="plain-list">
        {list.map((m) => (
          <li key={m.id}>
            <Link to={`/a/${slug}/matters/${m.number}`}>
              {t("body.matter", { number: m.number })}: {m.title}
            </Link>
          </li>
        ))}
      </ul>
    );
  return (
    <div className="member-home">
      {head}
      <p className="lead">{t("home.intro")}</p>
      <section aria-labelledby="my-bodies-heading">
        <h2 id="my-bodies-heading">{t("home.bodies")}</h2>
        <ul className="plain-list">
          {home.bodies.map((b) => (
            <li key={b.id}>
              <Link to={`/a/${slug}/bodies/${b.key}`}>{b.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t("home.next")}</h2>
        {home.nextMeetings.length === 0 ? (
          <p className="muted">{t("home.noNext")}</p>
        ) : (
          <ul className="plain-list">
            {home.nextMeetings.map((m) => (
              <MeetingSummary key={m.id} slug={slug} meeting={m} bodyName={m.body.name} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="decide-heading">
        <h2 id="decide-heading">{t("home.toDecide")}</h2>
        {matterList(home.toDecide, t("home.noDecide"))}
      </section>
      <section aria-labelledby="prepare-heading">
        <h2 id="prepare-heading">{t("home.toPrepare")}</h2>
        {matterList(home.toPrepare, t("home.noPrepare"))}
      </section>
    </div>
  );
}
