import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { graphql } from "../../graphql";
import { useQuery } from "../../ui/useQuery";
import { ActivityStatusBadge } from "./StatusBadge";
import "./plans.css";

const IdeaActivitiesQuery = graphql(`
  query IdeaActivitiesPanel($id: ID!) {
    idea(id: $id) {
      id
      arena {
        id
        slug
      }
      activities {
        id
        title
        status
        progress
        plan {
          id
          title
          year
        }
      }
    }
  }
`);

/** "Blev aktiviteter": the activities of the partnership's plans that the idea became. Shown only when there are some. */
export function IdeaActivitiesPanel({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("plans");
  const [{ data }] = useQuery({ query: IdeaActivitiesQuery, variables: { id: ideaId }, requestPolicy: "cache-and-network" });
  const idea = data?.idea;
  if (!idea || idea.activities.length === 0) return null;
  return (
    <section className="section idea-activities" aria-labelledby="idea-activities-heading">
      <h2 id="idea-activities-heading">{t("idea.heading")}</h2>
      <ul>
        {idea.activities.map((a) => (
          <li key={a.id}>
            <Link to={`/a/${idea.arena.slug}/plans/${a.plan.year}/activities/${encodeURIComponent(a.id)}`}>
              {t("idea.item", { title: a.title, plan: a.plan.title })}
            </Link>{" "}
            <ActivityStatusBadge status={a.status} /> <span className="muted">{t("page.progress", { progress: a.progress })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
