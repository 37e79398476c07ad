import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import "./ideas.css";

export const CoBearerListFragment = graphql(`
  fragment CoBearerList_idea on Idea {
    id
    coBearers {
      id
      name
      email
      status
    }
  }
`);

/** The people invited to carry the idea, and whether they have answered. */
export function CoBearerList({ idea: ref }: { idea: FragmentOf<typeof CoBearerListFragment> }) {
  const { t } = useTranslation("ideas");
  const { coBearers } = readFragment(CoBearerListFragment, ref);
  if (!coBearers || coBearers.length === 0) return <p className="muted">{t("coBearers.none")}</p>;
  return (
    <ul className="co-bearers" aria-label={t("coBearers.heading")}>
      {coBearers.map((c) => (
        <li key={c.id} className="co-bearers__item">
          <span className="co-bearers__who">
            {c.name ?? c.email}
            {c.name && <span className="co-bearers__email">{c.email}</span>}
          </span>
          <Badge tone={c.status === "ACCEPTED" ? "success" : c.status === "DECLINED" ? "muted" : "accent"}>
            {t(`coBearers.status.${c.status}`)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
