import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { useParams } from "react-router-dom";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { AddFocusArea, EditFocusArea, EditGoal } from "./StrategyEditing";
import "./strategy.css";

export const StrategicGoalCardFragment = graphql(`
  fragment StrategicGoalCard_goal on StrategicGoal {
    id
    number
    title
    titleSv
    titleEn
    focusAreas {
      id
      code
      title
      titleSv
      titleEn
    }
  }
`);

export function StrategicGoalCard({ goal: ref }: { goal: FragmentOf<typeof StrategicGoalCardFragment> }) {
  const { t } = useTranslation("strategy");
  const goal = readFragment(StrategicGoalCardFragment, ref);
  const headingId = `goal-${goal.id}`;
  const { slug = "" } = useParams();
  const { viewer } = useViewer();
  const canEdit = hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN"]);
  return (
    <article className="card goal-card" aria-labelledby={headingId}>
      <p className="goal-card__number" aria-hidden="true">
        {goal.number}
      </p>
      <div className="goal-card__body">
        <h4 id={headingId} className="goal-card__title">
          <span className="eyebrow">{t("strategy.goal", { number: goal.number })}</span> <span>{goal.title}</span>
        </h4>
        {canEdit && <EditGoal goal={goal} />}
        <p className="goal-card__label" id={`${headingId}-fa`}>
          {t("strategy.focusAreas")}
        </p>
        {goal.focusAreas.length === 0 ? (
          <p className="empty">{t("strategy.focusAreasEmpty")}</p>
        ) : (
          <ul className="focus-areas" aria-labelledby={`${headingId}-fa`}>
            {goal.focusAreas.map((f) => (
              <li key={f.id}>
                <span className="code">{f.code}</span> <span>{f.title}</span>
                {canEdit && <EditFocusArea area={f} />}
              </li>
            ))}
          </ul>
        )}
        {canEdit && <AddFocusArea goal={goal} />}
      </div>
    </article>
  );
}
