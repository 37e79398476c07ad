import { useTranslation } from "react-i18next";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { Loading, QueryError } from "../../ui/QueryState";
import {
  AgendaGoals,
  AgendaGoalsFragment,
  PublicHealthAreas,
  PublicHealthAreasFragment,
  ScaleUpLadder,
  ScaleUpLadderFragment,
  SkrIndicators,
  SkrIndicatorsFragment,
} from "./Frameworks";

const FrameworksPageQuery = graphql(
  `
    query FrameworksPage {
      frameworks {
        ...AgendaGoals_frameworks
        ...PublicHealthAreas_frameworks
        ...SkrIndicators_frameworks
        ...ScaleUpLadder_frameworks
      }
    }
  `,
  [AgendaGoalsFragment, PublicHealthAreasFragment, SkrIndicatorsFragment, ScaleUpLadderFragment],
);

export function FrameworksPage() {
  const { t } = useTranslation("strategy");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FrameworksPageQuery });
  const f = data?.frameworks;
  return (
    <>
      <PageTitle parts={[t("frameworks.title")]} />
      <div className="page-head">
        <h1 tabIndex={-1}>{t("frameworks.title")}</h1>
        <p className="lead">{t("frameworks.intro")}</p>
      </div>
      {error && !data ? (
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : fetching && !f ? (
        <Loading />
      ) : f ? (
        <>
          <section className="section" aria-labelledby="ladder-heading">
            <h2 id="ladder-heading">{t("frameworks.ladderHeading")}</h2>
            <p className="muted">{t("frameworks.ladderIntro")}</p>
            <ScaleUpLadder frameworks={f} />
          </section>
          <section className="section" aria-labelledby="public-health-heading">
            <h2 id="public-health-heading">{t("frameworks.publicHealthHeading")}</h2>
            <p className="muted">{t("frameworks.publicHealthIntro")}</p>
            <PublicHealthAreas frameworks={f} />
          </section>
          <section className="section" aria-labelledby="skr-heading">
            <h2 id="skr-heading">{t("frameworks.skrHeading")}</h2>
            <p className="muted">{t("frameworks.skrIntro")}</p>
            <SkrIndicators frameworks={f} />
          </section>
          <section className="section" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{t("frameworks.agendaHeading")}</h2>
            <p className="muted">{t("frameworks.agendaIntro")}</p>
            <AgendaGoals frameworks={f} />
          </section>
        </>
      ) : null}
    </>
  );
}
