import { useTranslation } from "react-i18next";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { SkeletonCards } from "../../ui/Skeleton";
import { EmptyState, Loading, QueryError } from "../../ui/QueryState";
import { ArenaCard, ArenaCardFragment } from "./ArenaCard";
import "./shell.css";

const LandingPageQuery = graphql(
  `
    query LandingPage {
      arenas {
        id
        ...ArenaCard_arena
      }
    }
  `,
  [ArenaCardFragment],
);

export function LandingPage() {
  const { t } = useTranslation("shell");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LandingPageQuery });
  const steps = [
    { title: t("landing.step1Title"), text: t("landing.step1Text") },
    { title: t("landing.step2Title"), text: t("landing.step2Text") },
    { title: t("landing.step3Title"), text: t("landing.step3Text") },
  ];
  return (
    <>
      <PageTitle parts={[t("app.tagline")]} />
      <section className="hero">
        <h1 tabIndex={-1}>{t("landing.title")}</h1>
        <p className="lead">{t("landing.lead")}</p>
      </section>

      <section className="section" aria-labelledby="arenas-heading">
        <h2 id="arenas-heading">{t("landing.arenasHeading")}</h2>
        {error && !data ? (
          <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
        ) : fetching && !data ? (
          <>
            <Loading />
            <SkeletonCards count={2} />
          </>
        ) : data && data.arenas.length > 0 ? (
          <ul className="card-grid card-grid--2">
            {data.arenas.map((a) => (
              <li key={a.id}>
                <ArenaCard arena={a} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("landing.noArenas")}</EmptyState>
        )}
      </section>

      <section className="section" aria-labelledby="how-heading">
        <h2 id="how-heading">{t("landing.howHeading")}</h2>
        <ol className="steps">
          {steps.map((s, i) => (
            <li key={s.title} className="steps__item">
              <span className="steps__number" aria-hidden="true">
                {i + 1}
              </span>
              <h3>{s.title}</h3>
              <p>{s.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
