import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState } from "../../ui/QueryState";
import { TableScroll } from "../../ui/TableScroll";
import { formatDate } from "../../ui/format";
import { useQuery } from "../../ui/useQuery";
import { StageBadge } from "../ideas/StageBadge";
import { Warnings } from "../indicators/Warnings";
import { AddGoodExample, GoodExampleCard, GoodExampleFragment } from "./GoodExamples";
import "./places.css";

const MunicipalityQuery = graphql(
  `
    query MunicipalityPage($arena: String!, $municipality: String!) {
      municipalityPage(arena: $arena, municipality: $municipality) {
        municipality {
          id
          name
        }
        arena {
          id
          name
        }
        ideas {
          id
          title
          summary
          stage
        }
        adoptions {
          idea {
            id
            title
          }
          status
          updatedAt
        }
        goodExamples {
          id
          ...GoodExample_example
        }
        viewerKeepsGoodExamples
        indicators {
          period
          indicator {
            id
            title
            unit
          }
          municipality {
            value
            warnings
          }
          county {
            value
            warnings
          }
        }
      }
    }
  `,
  [GoodExampleFragment],
);

const fmt = (x: number) => (Math.round(x * 10) / 10).toLocaleString("sv-SE");

type Idea = { id: string; title: string; summary: string; stage: Parameters<typeof StageBadge>[0]["stage"] };

function IdeaList({ ideas, slug }: { ideas: Idea[]; slug: string }) {
  return (
    <ul className="places__ideas">
      {ideas.map((i) => (
        <li key={i.id}>
          <Link to={`/a/${slug}/ideas/${encodeURIComponent(i.id)}`}>{i.title}</Link> <StageBadge stage={i.stage} />
          {i.summary && <p className="muted">{i.summary}</p>}
        </li>
      ))}
    </ul>
  );
}

/** A municipality's page (/a/:slug/m/:municipality): what is tried and adopted there, and good examples. Public. */
export function MunicipalityPage() {
  const { t } = useTranslation("places");
  const { slug = "", municipality = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: MunicipalityQuery, variables: { arena: slug, municipality } });
  const page = data?.municipalityPage;
  const title = page?.municipality.name ?? t("municipalities.title");
  const head = (
    <>
      <PageTitle parts={[title, page?.arena.name]} />
      <p>
        <Link to={`/a/${slug}/m`}>{t("municipality.allMunicipalities")}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
    </>
  );
  if (!data) return <PageState head={head} error={error} reexecute={reexecute} />;
  if (!page)
    return (
      <div className="places">
        {head}
        <p className="notice">{t("municipality.notFound")}</p>
      </div>
    );
  const refetch = () => reexecute({ requestPolicy: "network-only" });
  const pilots = page.ideas.filter((i) => i.stage === "TESTING");
  const others = page.ideas.filter((i) => i.stage !== "TESTING");
  return (
    <div className="places">
      {head}
      <section aria-labelledby="ideas-heading" className="section">
        <h2 id="ideas-heading">{t("municipality.ideasHeading")}</h2>
        <p className="muted">{t("municipality.ideasIntro")}</p>
        {page.ideas.length === 0 ? (
          <EmptyState>{t("municipality.noIdeas")}</EmptyState>
        ) : (
          <>
            {pilots.length > 0 && (
              <>
                <h3>{t("municipality.pilots")}</h3>
                <IdeaList ideas={pilots} slug={slug} />
              </>
            )}
            {others.length > 0 && (
              <>
                <h3>{t("municipality.otherIdeas")}</h3>
                <IdeaList ideas={others} slug={slug} />
              </>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="adoptions-heading" className="section">
        <h2 id="adoptions-heading">{t("municipality.adoptionsHeading")}</h2>
        {page.adoptions.length === 0 ? (
          <EmptyState>{t("municipality.noAdoptions")}</EmptyState>
        ) : (
          <TableScroll label={t("municipality.adoptionsHeading")}>
            <table className="places__table">
              <thead>
                <tr>
                  <th scope="col">{t("municipality.idea")}</th>
                  <th scope="col">{t("municipality.status")}</th>
                  <th scope="col">{t("municipality.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {page.adoptions.map((a) => (
                  <tr key={a.idea.id}>
                    <td>
                      <Link to={`/a/${slug}/ideas/${encodeURIComponent(a.idea.id)}`}>{a.idea.title}</Link>
                    </td>
                    <td>{t(`municipality.adoptionStatus.${a.status}`)}</td>
                    <td>{formatDate(a.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="indicators-heading" className="section">
        <h2 id="indicators-heading">{t("municipality.indicatorsHeading")}</h2>
        {page.indicators.length === 0 ? (
          <EmptyState>{t("municipality.noIndicators")}</EmptyState>
        ) : (
          <TableScroll label={t("municipality.indicatorsHeading")}>
            <table className="places__table">
              <caption>{t("municipality.indicatorsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("municipality.indicator")}</th>
                  <th scope="col">{t("municipality.year")}</th>
                  <th scope="col">{t("municipality.municipalityValue")}</th>
                  <th scope="col">{t("municipality.countyValue")}</th>
                  <th scope="col">{t("municipality.unit")}</th>
                  <th scope="col">{t("municipality.warnings")}</th>
                </tr>
              </thead>
              <tbody>
                {page.indicators.map((c) => (
                  <tr key={c.indicator.id}>
                    <th scope="row">{c.indicator.title}</th>
                    <td>{c.period}</td>
                    <td>{fmt(c.municipality.value)}</td>
                    <td>{c.county ? fmt(c.county.value) : "–"}</td>
                    <td>{c.indicator.unit}</td>
                    <td>
                      <Warnings warnings={[...new Set([...c.municipality.warnings, ...(c.county?.warnings ?? [])])]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="examples-heading" className="section">
        <h2 id="examples-heading">{t("municipality.examplesHeading")}</h2>
        {page.goodExamples.length === 0 && <EmptyState>{t("municipality.noExamples")}</EmptyState>}
        {page.goodExamples.map((g) => (
          <GoodExampleCard key={g.id} example={g} mayRemove={page.viewerKeepsGoodExamples} onChanged={refetch} />
        ))}
        {page.viewerKeepsGoodExamples && <AddGoodExample municipalityId={page.municipality.id} onAdded={refetch} />}
      </section>
    </div>
  );
}
