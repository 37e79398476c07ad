import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { Loading, QueryError } from "../../ui/QueryState";
import { IdeaUnavailable } from "./IdeaUnavailable";

const IdeaArenaQuery = graphql(`
  query IdeaArena($id: ID!) {
    idea(id: $id) {
      id
      arena {
        id
        slug
      }
    }
    # A notification about a matter (its preparer's) links here too: on to the matter's page.
    node(id: $id) {
      id
      ... on Matter {
        number
        arena {
          id
          slug
        }
      }
    }
  }
`);

/** /ideas/:id (links from notifications, which know the idea but not its arena): on to the idea's page in its arena, or a matter's. */
export function IdeaRedirectPage() {
  const { t } = useTranslation("ideas");
  const { id = "" } = useParams();
  const { hash } = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IdeaArenaQuery, variables: { id } });
  if (error && !data) {
    return (
      <>
        <h1 tabIndex={-1}>{t("idea.pageTitle")}</h1>
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (fetching || !data) {
    return (
      <>
        <h1 tabIndex={-1}>{t("idea.pageTitle")}</h1>
        <Loading />
      </>
    );
  }
  if (data.node && "number" in data.node && data.node.number !== undefined)
    return <Navigate to={`/a/${data.node.arena.slug}/matters/${data.node.number}`} replace />;
  if (!data.idea) return <IdeaUnavailable />;
  return <Navigate to={`/a/${data.idea.arena.slug}/ideas/${data.idea.id}${hash}`} replace />;
}
