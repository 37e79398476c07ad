import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { useParams } from "react-router-dom";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { formatLocalDate } from "../../ui/format";
import { AddFocusArea, EditFocusArea, EditGoal } from "./StrategyEditing";
import "./strategy.css";

export const StrategicGoalCardFragment = graphql(`
  fragment StrategicGoalCard_goal on StrategicGoal {
    id
    number
    title
    titleSv
    titleEn
    reviewOn
    reviewDue
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
        {goal.reviewOn && (
          <p className={goal.reviewDue ? "goal-card__review goal-card__review--due" : "goal-card__review"}>
            {t(goal.reviewDue ? "strategy.reviewDue" : "strategy.reviewOn", { date: formatLocalDate(goal.reviewOn) })}
          </p>
        )}
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
