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
  }
`);

/** /ideas/:id (links from notifications, which know the idea but not its arena): on to the idea's page in its arena. */
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
  if (!data.idea) return <IdeaUnavailable />;
  return <Navigate to={`/a/${data.idea.arena.slug}/ideas/${data.idea.id}${hash}`} replace />;
}
