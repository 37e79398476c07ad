import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { EmptyState } from "../../ui/QueryState";
import { StrategicGoalCard, StrategicGoalCardFragment } from "./StrategicGoalCard";
import "./strategy.css";

export const StrategyViewFragment = graphql(
  `
    fragment StrategyView_strategy on Strategy {
      id
      name
      fromYear
      toYear
      overallGoal
      agenda2030Goals {
        number
        title
      }
      areas {
        id
        name
        goals {
          id
          ...StrategicGoalCard_goal
        }
      }
    }
  `,
  [StrategicGoalCardFragment],
);

/** A strategy: its frame (period, overall goal, Agenda 2030 goals), then areas → strategic goals → focus areas. */
export function StrategyView({ strategy: ref }: { strategy: FragmentOf<typeof StrategyViewFragment> }) {
  const { t } = useTranslation("strategy");
  const s = readFragment(StrategyViewFragment, ref);
  const headingId = `strategy-${s.id}`;
  return (
    <section className="section strategy" aria-labelledby={headingId}>
      <h2 id={headingId}>{s.name}</h2>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t("strategy.periodLabel")}</dt>
          <dd>{t("strategy.period", { from: s.fromYear, to: s.toYear })}</dd>
        </div>
        <div className="facts__item">
          <dt>{t("strategy.overallGoal")}</dt>
          <dd>{s.overallGoal}</dd>
        </div>
        {s.agenda2030Goals.length > 0 && (
          <div className="facts__item facts__item--wide">
            <dt>{t("strategy.agendaGoals")}</dt>
            <dd>
              <ul className="sdg-list">
                {s.agenda2030Goals.map((g) => (
                  <li key={g.number} className={`sdg sdg--${g.number}`}>
                    <span className="sdg__number">{t("strategy.agendaGoal", { number: g.number })}</span>
                    <span className="sdg__title">{g.title}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      {s.areas.length === 0 ? (
        <EmptyState>{t("strategy.areasEmpty")}</EmptyState>
      ) : (
        s.areas.map((area) => (
          <section key={area.id} className="strategy-area" aria-labelledby={`area-${area.id}`}>
            <h3 id={`area-${area.id}`} className="strategy-area__name">
              {area.name}
            </h3>
            {area.goals.length === 0 ? (
              <EmptyState>{t("strategy.goalsEmpty")}</EmptyState>
            ) : (
              <ul className="goal-list" aria-label={t("strategy.goalsIn", { area: area.name })}>
                {area.goals.map((g) => (
                  <li key={g.id}>
                    <StrategicGoalCard goal={g} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </section>
  );
}
