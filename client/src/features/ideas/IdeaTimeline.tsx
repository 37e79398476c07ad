import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { formatDateTime } from "../../ui/format";
import "./ideas.css";

export const IdeaTimelineFragment = graphql(`
  fragment IdeaTimeline_idea on Idea {
    id
    timeline {
      id
      kind
      label
      at
      actorName
      fromStage
      toStage
      reason
      about
    }
  }
`);

/** What has happened to the idea, oldest first. */
export function IdeaTimeline({ idea: ref }: { idea: FragmentOf<typeof IdeaTimelineFragment> }) {
  const { t } = useTranslation("ideas");
  const { timeline } = readFragment(IdeaTimelineFragment, ref);
  return (
    <section className="section idea-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t("idea.timeline")}</h2>
      {timeline.length === 0 ? (
        <p className="empty">{t("idea.timelineEmpty")}</p>
      ) : (
        <ol className="timeline">
          {timeline.map((e) => (
            <li key={e.id} className={`timeline__item timeline__item--${e.kind.replace(/[^a-z]/g, "-")}`}>
              <p className="timeline__what">{e.label}</p>
              <p className="timeline__when">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                {e.actorName && <span> · {e.actorName}</span>}
              </p>
              {e.reason && (
                <p className="timeline__reason">
                  <span className="visually-hidden">{t("idea.reason")}: </span>
                  {e.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
