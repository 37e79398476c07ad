import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { formatDate } from "../../ui/format";
import { StageBadge } from "./StageBadge";
import "./ideas.css";

export const IdeaCardFragment = graphql(`
  fragment IdeaCard_idea on Idea {
    id
    title
    summary
    stage
    sector
    organisationName
    submittedAt
    createdAt
    followerCount
    commentCount
    arena {
      id
      slug
    }
    bearer {
      id
      name
    }
    countyParts {
      id
      name
    }
    municipalities {
      id
      name
    }
  }
`);

/** An idea in a list: stage, title, summary, who and where. The whole card is a link to the idea. */
export function IdeaCard({ idea: ref, headingLevel = 3 }: { idea: FragmentOf<typeof IdeaCardFragment>; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("ideas");
  const idea = readFragment(IdeaCardFragment, ref);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const places = [...idea.countyParts.map((c) => c.name), ...idea.municipalities.map((m) => m.name)];
  const date = idea.submittedAt ?? idea.createdAt;
  return (
    <article className="card idea-card">
      <p className="idea-card__badges">
        <StageBadge stage={idea.stage} />
        <span className="badge badge--neutral">{t(`sector.${idea.sector}`)}</span>
      </p>
      <Heading className="idea-card__title">
        <Link to={`/a/${idea.arena.slug}/ideas/${idea.id}`} className="card-link">
          {idea.title || t("idea.untitled")}
        </Link>
      </Heading>
      {idea.summary && <p className="idea-card__summary">{idea.summary}</p>}
      <dl className="idea-card__meta">
        <div>
          <dt>{t("idea.bearer")}</dt>
          <dd>{idea.organisationName ? `${idea.bearer.name}, ${idea.organisationName}` : idea.bearer.name}</dd>
        </div>
        {places.length > 0 && (
          <div>
            <dt>{t("idea.places")}</dt>
            <dd>{places.join(", ")}</dd>
          </div>
        )}
        <div>
          <dt>{idea.submittedAt ? t("idea.submittedAt") : t("idea.createdAt")}</dt>
          <dd>{formatDate(date)}</dd>
        </div>
      </dl>
      {(idea.followerCount > 0 || idea.commentCount > 0) && (
        <p className="idea-card__stats">
          {idea.followerCount > 0 && <span>{t("idea.followers", { count: idea.followerCount })}</span>}
          {idea.commentCount > 0 && <span>{t("idea.comments", { count: idea.commentCount })}</span>}
        </p>
      )}
    </article>
  );
}
