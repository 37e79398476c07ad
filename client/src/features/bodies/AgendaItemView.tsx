import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ResultOf } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { DecisionForm } from "./DecisionForm";
import { MinutesForm } from "./MinutesForm";
import type { MeetingPageFragment } from "./mutations";

type Item = ResultOf<typeof MeetingPageFragment>["agenda"][number];

/** One agenda item: its heading (a matter links to its page), the kansli's tools, the minutes and the decision. */
export function AgendaItemView({
  slug,
  item,
  editable,
  writable,
  bodies,
  onUp,
  onDown,
  onRemove,
  onDecided,
}: {
  slug: string;
  item: Item;
  editable: boolean;
  writable: boolean;
  bodies: readonly { id: string; name: string }[];
  onUp?: () => void;
  onDown?: () => void;
  onRemove: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation("bodies");
  const decidable = writable && item.matter?.stage === "ON_AGENDA" && !item.decision;
  return (
    <li className="agenda-item">
      <div className="agenda-item__head">
        <h3 className="agenda-item__title">
          {item.number}.{" "}
          {item.matter ? (
            <Link to={`/a/${slug}/matters/${item.matter.number}`}>
              {t("body.matter", { number: item.matter.number })}: {item.title}
            </Link>
          ) : (
            item.title
          )}
        </h3>
        {editable && (
          <div className="agenda-item__tools">
            {onUp && (
              <button type="button" className="button button--small" onClick={onUp} aria-label={t("meeting.moveUp", { title: item.title })}>
                ↑
              </button>
            )}
            {onDown && (
              <button
                type="button"
                className="button button--small"
                onClick={onDown}
                aria-label={t("meeting.moveDown", { title: item.title })}
              >
                ↓
              </button>
            )}
            <button type="button" className="button button--small button--ghost" onClick={onRemove}>
              {t("meeting.remove", { title: item.title })}
            </button>
          </div>
        )}
      </div>
      {item.decision && (
        <p className="agenda-item__decision">
          <Badge tone="accent">{t(`outcome.${item.decision.outcome}`)}</Badge> {item.decision.text}
          {item.decision.onBehalfOfBody && <span className="muted"> ({t("decision.onBehalf")})</span>}
        </p>
      )}
      {writable ? (
        <MinutesForm itemId={item.id} number={item.number} minutes={item.minutes ?? ""} />
      ) : (
        item.minutes && <p className="agenda-item__minutes">{item.minutes}</p>
      )}
      {decidable && item.matter && <DecisionForm matter={item.matter} agendaItemId={item.id} bodies={bodies} onDone={onDecided} />}
    </li>
  );
}
