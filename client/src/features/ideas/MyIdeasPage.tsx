import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { lastArena } from "../../app/lastArena";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { Loading } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { useViewer } from "../accounts/useViewer";
import { InvitationItemFragment, InvitationList } from "./InvitationList";
import { MyIdeaItem, MyIdeaItemFragment } from "./MyIdeaItem";
import "./ideas.css";

const MyIdeasPageQuery = graphql(
  `
    query MyIdeasPage($after: String) {
      myIdeas(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...MyIdeaItem_idea
          }
        }
      }
      myInvitations {
        invitation {
          id
        }
        ...InvitationItem_invitation
      }
      arenas {
        id
        slug
        name
      }
    }
  `,
  [MyIdeaItemFragment, InvitationItemFragment],
);

/** "Mina idéer" (/my/ideas): the ideas a person carries in every arena, drafts included, and invitations to co-carry. */
export function MyIdeasPage() {
  const { t } = useTranslation("ideas");
  const { viewer, fetching: viewerFetching } = useViewer();
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyIdeasPageQuery, variables: { after }, pause: !viewer });
  const title = <h1 tabIndex={-1}>{t("myIdeas.title")}</h1>;
  const head = (
    <div className="page-head">
      {title}
      <p className="lead">{t("myIdeas.intro")}</p>
    </div>
  );

  if (!viewer) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("myIdeas.title")]} />
        {title}
        {viewerFetching ? (
          <Loading />
        ) : (
          <div className="notice">
            <p>{t("myIdeas.signInRequired")}</p>
            <p className="button-row">
              <Link className="button button--primary" to="/sign-in">
                {t("account.signIn")}
              </Link>
              <Link className="button button--secondary" to="/register">
                {t("account.register")}
              </Link>
            </p>
          </div>
        )}
      </div>
    );
  }
  if (!data) return <PageState head={head} error={error} reexecute={reexecute} />;

  const last = lastArena();
  const arena = data.arenas.find((a) => a.slug === last) ?? data.arenas[0];
  const edges = data.myIdeas.edges;

  return (
    <>
      <PageTitle parts={[t("myIdeas.title")]} />
      <div className="page-head page-head--with-action">
        <div>
          {title}
          <p className="lead">{t("myIdeas.intro")}</p>
          <p>
            <Link to="/my/next-steps">{t("myNextSteps.nav", { ns: "guidance" })}</Link>
          </p>
        </div>
        {arena && (
          <Link className="button button--primary" to={`/a/${arena.slug}/ideas/new`}>
            {t("ideas.newIdea")}
          </Link>
        )}
      </div>

      <InvitationList invitations={data.myInvitations} />

      <section className="section section--tight" aria-labelledby="my-ideas-heading">
        <h2 id="my-ideas-heading">
          {t("myIdeas.listHeading")} <span className="count">{data.myIdeas.totalCount}</span>
        </h2>
        {edges.length === 0 ? (
          <div className="empty empty--action">
            <p>{t("myIdeas.empty")}</p>
            {arena && (
              <Link className="button button--primary" to={`/a/${arena.slug}/ideas/new`}>
                {t("myIdeas.emptyAction", { arena: arena.name })}
              </Link>
            )}
          </div>
        ) : (
          <>
            <ul className="my-ideas">
              {edges.map((e) => (
                <li key={e.node.id}>
                  <MyIdeaItem idea={e.node} />
                </li>
              ))}
            </ul>
            {data.myIdeas.pageInfo.hasNextPage && data.myIdeas.pageInfo.endCursor && (
              <p className="load-more">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={fetching}
                  onClick={() => setAfter(data.myIdeas.pageInfo.endCursor ?? undefined)}
                >
                  {fetching ? t("state.loading") : t("ideas.showMore", { shown: edges.length, total: data.myIdeas.totalCount })}
                </button>
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
