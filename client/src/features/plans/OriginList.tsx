import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatLocalDate } from "../../ui/format";

export interface Origin {
  kind: "IDEA" | "CYCLE" | "DECISION" | "MATTER";
  idea: { id: string; title: string } | null;
  cycle: { id: string; number: number } | null;
  decision: { id: string; decidedOn: string; text: string } | null;
  matter: { id: string; number: number; title: string } | null;
}

/** What an activity came from, each linked where the reader may follow it; what the reader may not read is left out. */
export function OriginList({ origins, slug, empty }: { origins: readonly Origin[]; slug: string; empty: string }) {
  const { t } = useTranslation("plans");
  const items = origins.flatMap((o) => {
    if (o.idea && o.kind === "IDEA")
      return [
        <>
          {t("originKind.IDEA")}: <Link to={`/ideas/${encodeURIComponent(o.idea.id)}`}>{o.idea.title}</Link>
        </>,
      ];
    if (o.cycle && o.idea)
      return [
        <>
          {t("originKind.CYCLE")}: {t("activityPage.pilot", { number: o.cycle.number })} ({o.idea.title})
        </>,
      ];
    if (o.decision) return [<>{t("activityPage.decision", { date: formatLocalDate(o.decision.decidedOn), text: o.decision.text })}</>];
    if (o.matter)
      return [
        <Link to={`/a/${slug}/matters/${o.matter.number}`}>
          {t("activityPage.matter", { number: o.matter.number, title: o.matter.title })}
        </Link>,
      ];
    return [];
  });
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="plan-origins">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
