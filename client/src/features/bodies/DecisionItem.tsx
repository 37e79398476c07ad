import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatLocalDate } from "../../ui/format";
import { DecisionItemFragment } from "./fragments";

const tone = { APPROVED: "success", REJECTED: "danger", RETURNED: "warning", TABLED: "muted" } as const;

/** A body's decision: the matter, the outcome and its text, and the assignments it gave. */
export function DecisionItem({ slug, decision: ref }: { slug: string; decision: FragmentOf<typeof DecisionItemFragment> }) {
  const { t } = useTranslation("bodies");
  const d = readFragment(DecisionItemFragment, ref);
  return (
    <li className="decision-item">
      <p className="decision-item__head">
        <Link to={`/a/${slug}/matters/${d.matterNumber}`}>
          {t("body.matter", { number: d.matterNumber })}: {d.matterTitle}
        </Link>{" "}
        <Badge tone={tone[d.outcome]}>{t(`outcome.${d.outcome}`)}</Badge> <span className="muted">{formatLocalDate(d.decidedOn)}</span>
      </p>
      <p className="decision-item__text">{d.text}</p>
      {d.onBehalfOfBody && <p className="muted">{t("decision.onBehalf")}</p>}
      {d.assignments.length > 0 && (
        <ul className="decision-item__assignments">
          {d.assignments.map((a) => (
            <li key={a.id}>
              {a.description} – {t("body.assignmentTo", { name: a.assigneeBody?.name ?? a.assigneeOrganisation?.name ?? "" })},{" "}
              {t("body.due", { date: formatLocalDate(a.dueOn) })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
