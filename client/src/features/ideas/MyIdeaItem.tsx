import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { formatDate } from "../../ui/format";
import { StageBadge } from "./StageBadge";
import "./ideas.css";

export const MyIdeaItemFragment = graphql(`
  fragment MyIdeaItem_idea on Idea {
    id
    title
    stage
    hearBackBy
    updatedAt
    arena {
      id
      slug
      name
    }
    latestEvent {
      id
      label
      at
    }
  }
`);

/** One of the person's own ideas: where it stands, what happened last, when they will hear back. Drafts open in the editor. */
export function MyIdeaItem({ idea: ref }: { idea: FragmentOf<typeof MyIdeaItemFragment> }) {
  const { t } = useTranslation("ideas");
  const idea = readFragment(MyIdeaItemFragment, ref);
  const draft = idea.stage === "DRAFT";
  const to = draft ? `/a/${idea.arena.slug}/ideas/${idea.id}/edit` : `/a/${idea.arena.slug}/ideas/${idea.id}`;
  return (
    <article className="card my-idea">
      <div className="my-idea__main">
        <p className="my-idea__badges">
          <StageBadge stage={idea.stage} />
          <span className="my-idea__arena">{idea.arena.name}</span>
        </p>
        <h3 className="my-idea__title">
          <Link to={to} className="card-link">
            {idea.title || t("idea.untitled")}
          </Link>
        </h3>
        {idea.latestEvent && (
          <p className="my-idea__latest">
            {t("myIdeas.latest")}: {idea.latestEvent.label}, <time dateTime={idea.latestEvent.at}>{formatDate(idea.latestEvent.at)}</time>
          </p>
        )}
        {idea.hearBackBy && <p className="hear-back">{t("idea.hearBackBy", { date: formatDate(idea.hearBackBy) })}</p>}
      </div>
      <span className="my-idea__action" aria-hidden="true">
        {draft ? t("myIdeas.continueDraft") : t("myIdeas.open")} →
      </span>
    </article>
  );
}
