import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import "./places.css";

const OpenDataArenasQuery = graphql(`
  query OpenDataArenas {
    arenas {
      id
      slug
      name
    }
  }
`);

/** Öppna data (/open-data): what the zip holds, its licence and the download links. Public. */
export function OpenDataPage() {
  const { t } = useTranslation("places");
  const [{ data }] = useQuery({ query: OpenDataArenasQuery });
  const files = ["ideas", "learnings", "decisions", "json", "readme"] as const;
  return (
    <div className="narrow places">
      <PageTitle parts={[t("openData.title")]} />
      <h1 tabIndex={-1}>{t("openData.title")}</h1>
      <p className="lead">{t("openData.intro")}</p>
      <p>
        <strong>{t("openData.licence")}</strong>
      </p>
      <p>{t("openData.noPersonalData")}</p>
      <h2>{t("openData.contents")}</h2>
      <ul>
        {files.map((f) => (
          <li key={f}>{t(`openData.files.${f}`)}</li>
        ))}
      </ul>
      <p>{t("openData.refresh")}</p>
      <ul className="places__list">
        <li>
          {/* A plain link: the server sends the file, not the app. */}
          <a className="button button--primary" href="/open-data/all.zip" download>
            {t("openData.downloadAll")}
          </a>
        </li>
        {data?.arenas.map((a) => (
          <li key={a.id}>
            <a href={`/open-data/${a.slug}.zip`} download>
              {t("openData.downloadArena", { arena: a.name })}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {t("openData.api")} <Link to="/account">{t("tokens.heading")}</Link>
      </p>
    </div>
  );
}
