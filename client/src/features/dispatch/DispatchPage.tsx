import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import { CloseMatterForm, DispatchForm, DispatchPanelFragment, DispatchPartiesFragment } from "./DispatchPanel";
import { DispatchTable, DispatchTableFragment } from "./DispatchTable";
import "./dispatch.css";

const DispatchPageQuery = graphql(
  `
    query DispatchPage($slug: String!, $number: Int!) {
      arena(slug: $slug) {
        id
        name
        ...DispatchPanel_arena
      }
      matter(arenaSlug: $slug, number: $number) {
        id
        number
        title
        stage
        ...DispatchTable_matter
        ...DispatchPanel_matter
      }
    }
  `,
  [DispatchTableFragment, DispatchPanelFragment, DispatchPartiesFragment],
);

/** /a/:slug/matters/:number/dispatch — where a matter's decision went, party by party; the kansli sends it from here and closes the matter. */
export function DispatchPage() {
  const { t } = useTranslation("dispatch");
  const { slug = "", number = "" } = useParams();
  const n = Number.parseInt(number, 10);
  const [{ data, error }, reexecute] = useQuery({ query: DispatchPageQuery, variables: { slug, number: Number.isFinite(n) ? n : 0 } });
  const title = <h1 tabIndex={-1}>{t("page.title", { number })}</h1>;
  if (!data) return <PageState head={title} error={error} reexecute={reexecute} />;
  const { matter, arena } = data;
  if (!matter || !arena) {
    return (
      <>
        <PageTitle parts={[t("page.title", { number })]} />
        {title}
        <p className="lead">{t("page.notFound")}</p>
      </>
    );
  }
  return (
    <>
      <PageTitle parts={[t("page.title", { number: matter.number }), arena.name]} />
      <div className="page-head">
        <p className="eyebrow">
          <Link to={`/a/${slug}/matters/${matter.number}`}>
            <span aria-hidden="true">← </span>
            {t("page.back")}
          </Link>{" "}
          · {t("page.eyebrow", { number: matter.number })}
        </p>
        {title}
        <p className="lead">{matter.title}</p>
      </div>
      <section className="section" aria-labelledby="dispatch-table">
        <h2 id="dispatch-table">{t("table.heading")}</h2>
        <DispatchTable matter={matter} />
      </section>
      <DispatchForm matter={matter} arena={arena} />
      <CloseMatterForm matter={matter} />
    </>
  );
}
