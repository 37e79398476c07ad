import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import "./strategy.css";

export const AgendaGoalsFragment = graphql(`
  fragment AgendaGoals_frameworks on Frameworks {
    agenda2030Goals {
      number
      title
    }
  }
`);

export function AgendaGoals({ frameworks: ref }: { frameworks: FragmentOf<typeof AgendaGoalsFragment> }) {
  const { t } = useTranslation("strategy");
  const { agenda2030Goals } = readFragment(AgendaGoalsFragment, ref);
  return (
    <ol className="sdg-grid" aria-label={t("frameworks.agendaHeading")}>
      {agenda2030Goals.map((g) => (
        <li key={g.number} className={`sdg sdg--${g.number}`}>
          <span className="sdg__number">{g.number}</span>
          <span className="sdg__title">{g.title}</span>
        </li>
      ))}
    </ol>
  );
}

export const PublicHealthAreasFragment = graphql(`
  fragment PublicHealthAreas_frameworks on Frameworks {
    publicHealthTargetAreas {
      number
      title
    }
  }
`);

export function PublicHealthAreas({ frameworks: ref }: { frameworks: FragmentOf<typeof PublicHealthAreasFragment> }) {
  const { t } = useTranslation("strategy");
  const { publicHealthTargetAreas } = readFragment(PublicHealthAreasFragment, ref);
  return (
    <ol className="numbered-grid" aria-label={t("frameworks.publicHealthHeading")}>
      {publicHealthTargetAreas.map((a) => (
        <li key={a.number}>
          <span className="numbered-grid__number" aria-hidden="true">
            {a.number}
          </span>
          <span>{a.title}</span>
        </li>
      ))}
    </ol>
  );
}

export const SkrIndicatorsFragment = graphql(`
  fragment SkrIndicators_frameworks on Frameworks {
    skrIndicators {
      number
      group
      title
    }
  }
`);

export function SkrIndicators({ frameworks: ref }: { frameworks: FragmentOf<typeof SkrIndicatorsFragment> }) {
  const { t } = useTranslation("strategy");
  const { skrIndicators } = readFragment(SkrIndicatorsFragment, ref);
  // Groups in the order SKR presents them, which is the order the indicators are numbered in.
  const groups = [...new Set(skrIndicators.map((i) => i.group))];
  return (
    <div className="indicator-groups">
      {groups.map((group) => {
        const items = skrIndicators.filter((i) => i.group === group);
        const id = `skr-${group}`;
        return (
          <section key={group} className="card indicator-group" aria-labelledby={id}>
            <h3 id={id}>
              {t(`skrGroup.${group}`)} <span className="count">{items.length}</span>
            </h3>
            <ol className="indicator-list">
              {items.map((i) => (
                <li key={i.number} value={i.number}>
                  {i.title}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

export const ScaleUpLadderFragment = graphql(`
  fragment ScaleUpLadder_frameworks on Frameworks {
    scaleUpLadder {
      step
      title
      description
    }
  }
`);

export function ScaleUpLadder({ frameworks: ref }: { frameworks: FragmentOf<typeof ScaleUpLadderFragment> }) {
  const { t } = useTranslation("strategy");
  const { scaleUpLadder } = readFragment(ScaleUpLadderFragment, ref);
  return (
    <ol className="ladder" aria-label={t("frameworks.ladderHeading")}>
      {scaleUpLadder.map((s) => (
        <li key={s.step} className={`ladder__step ladder__step--${s.step}`}>
          <p className="ladder__number">{t("frameworks.step", { step: s.step })}</p>
          <h3 className="ladder__title">{s.title}</h3>
          <p className="ladder__description">{s.description}</p>
        </li>
      ))}
    </ol>
  );
}
