import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { formatDate } from "../../ui/format";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { TableScroll } from "../../ui/TableScroll";
import { useQuery } from "../../ui/useQuery";
import { kronor, percent } from "./format";
import { FundingPlanFragment, FundingPlanView } from "./FundingPlanView";
import "./funding.css";

const FundingPageQuery = graphql(
  `
    query FundingPage($slug: String!, $year: Int!) {
      arena(slug: $slug) {
        id
        name
        viewerMayReadFunding
        fundingYear(year: $year) {
          year
          key {
            id
            version
            createdAt
            shares {
              basisPoints
              organisation {
                id
                name
              }
            }
          }
          parties {
            isRegion
            committed
            paid
            spent
            organisation {
              id
              name
            }
          }
          plans {
            id
            ...FundingPlanView_plan
          }
        }
      }
    }
  `,
  [FundingPlanFragment],
);

/** /a/:slug/funding/:year — what each party has committed and paid this year: for the partnership's members and the kansli. */
export function FundingPage() {
  const { t } = useTranslation("funding");
  const { slug = "", year: yearParam = "" } = useParams();
  const parsed = Number.parseInt(yearParam, 10);
  const year = Number.isFinite(parsed) ? parsed : new Date().getFullYear();
  const [{ data, error }, reexecute] = useQuery({ query: FundingPageQuery, variables: { slug, year } });
  const title = <h1 tabIndex={-1}>{t("page.title", { year })}</h1>;
  if (!data) return <PageState head={title} error={error} reexecute={reexecute} />;
  const arena = data.arena;
  if (!arena) {
    return (
      <>
        <PageTitle parts={[t("page.title", { year })]} />
        {title}
        <p className="lead">{t("page.notFound")}</p>
      </>
    );
  }
  const fy = arena.fundingYear;
  const sum = (k: "committed" | "paid" | "spent") => (fy?.parties ?? []).reduce((a, p) => a + p[k], 0);
  return (
    <>
      <PageTitle parts={[t("page.title", { year }), arena.name]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {title}
        <p className="lead">{t("page.lead")}</p>
        <nav aria-label={t("page.yearNav")}>
          <ul className="funding-years">
            <li>
              <Link to={`/a/${slug}/funding/${year - 1}`}>
                <span aria-hidden="true">← </span>
                {t("page.previous")} ({year - 1})
              </Link>
            </li>
            <li>
              <Link to={`/a/${slug}/funding/${year + 1}`}>
                {t("page.next")} ({year + 1})<span aria-hidden="true"> →</span>
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      {!fy ? (
        <p>{t("page.notAllowed")}</p>
      ) : (
        <>
          <section className="section" aria-labelledby="funding-parties">
            <h2 id="funding-parties">{t("page.partiesHeading")}</h2>
            <TableScroll label={t("page.partiesCaption", { year })}>
              <table className="table funding-table">
                <caption className="visually-hidden">{t("page.partiesCaption", { year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("page.party")}</th>
                    <th scope="col" className="num">
                      {t("page.committed")}
                    </th>
                    <th scope="col" className="num">
                      {t("page.paid")}
                    </th>
                    <th scope="col" className="num">
                      {t("page.left")}
                    </th>
                    <th scope="col" className="num">
                      {t("page.spent")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fy.parties.map((p) => (
                    <tr key={p.organisation.id}>
                      <th scope="row">
                        {p.organisation.name} {p.isRegion && <span className="muted">{t("page.region")}</span>}
                      </th>
                      <td className="num">{kronor(p.committed)}</td>
                      <td className="num">{kronor(p.paid)}</td>
                      <td className="num">{kronor(Math.max(p.committed - p.paid, 0))}</td>
                      <td className="num">{kronor(p.spent)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t("page.total")}</th>
                    <td className="num">{kronor(sum("committed"))}</td>
                    <td className="num">{kronor(sum("paid"))}</td>
                    <td className="num">{kronor(Math.max(sum("committed") - sum("paid"), 0))}</td>
                    <td className="num">{kronor(sum("spent"))}</td>
                  </tr>
                </tfoot>
              </table>
            </TableScroll>
          </section>
          <section className="section" aria-labelledby="funding-key">
            <h2 id="funding-key">{t("page.keyHeading")}</h2>
            {fy.key ? (
              <>
                <p>{t("page.keyVersion", { version: fy.key.version, date: formatDate(fy.key.createdAt) })}</p>
                <TableScroll label={t("page.keyCaption")}>
                  <table className="table funding-table">
                    <caption className="visually-hidden">{t("page.keyCaption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("page.party")}</th>
                        <th scope="col" className="num">
                          {t("page.share")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {fy.key.shares.map((s) => (
                        <tr key={s.organisation.id}>
                          <th scope="row">{s.organisation.name}</th>
                          <td className="num">{percent(s.basisPoints)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </>
            ) : (
              <p>{t("page.noKey")}</p>
            )}
          </section>
          <section className="section" aria-labelledby="funding-plans">
            <h2 id="funding-plans">{t("page.plansHeading")}</h2>
            {fy.plans.length === 0 ? <p>{t("page.noPlans")}</p> : fy.plans.map((p) => <FundingPlanView key={p.id} plan={p} />)}
          </section>
        </>
      )}
    </>
  );
}
