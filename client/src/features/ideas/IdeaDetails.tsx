import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import "./ideas.css";

export const IdeaDetailsFragment = graphql(`
  fragment IdeaDetails_idea on Idea {
    id
    need
    targetGroup
    solution
    expectedBenefit
    triedBefore
  }
`);

/** The idea's own words: need, target group, solution, expected benefit, what has been tried. */
export function IdeaDetails({ idea: ref }: { idea: FragmentOf<typeof IdeaDetailsFragment> }) {
  const { t } = useTranslation("ideas");
  const idea = readFragment(IdeaDetailsFragment, ref);
  const parts = [
    { key: "need", title: t("idea.need"), text: idea.need },
    { key: "targetGroup", title: t("idea.targetGroup"), text: idea.targetGroup },
    { key: "solution", title: t("idea.solution"), text: idea.solution },
    { key: "expectedBenefit", title: t("idea.expectedBenefit"), text: idea.expectedBenefit },
    { key: "triedBefore", title: t("idea.triedBefore"), text: idea.triedBefore },
  ].filter((p) => p.text.trim() !== "");
  if (parts.length === 0) return <p className="empty">{t("idea.noDetails")}</p>;
  return (
    <div className="idea-details">
      {parts.map((p) => (
        <section key={p.key} className="idea-details__part" aria-labelledby={`idea-${p.key}`}>
          <h2 id={`idea-${p.key}`}>{p.title}</h2>
          <p className="prose">{p.text}</p>
        </section>
      ))}
    </div>
  );
}
