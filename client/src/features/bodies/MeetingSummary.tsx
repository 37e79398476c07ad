import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDateTime } from "../../ui/format";
import { MeetingSummaryFragment } from "./fragments";

/** One meeting in a list: a link to its page, where it is held, and its agenda. */
export function MeetingSummary({
  slug,
  meeting: ref,
  bodyName,
}: {
  slug: string;
  meeting: FragmentOf<typeof MeetingSummaryFragment>;
  /** Named where meetings of several bodies are listed together. */
  bodyName?: string;
}) {
  const { t } = useTranslation("bodies");
  const m = readFragment(MeetingSummaryFragment, ref);
  return (
    <li className="meeting-summary">
      <p className="meeting-summary__head">
        <Link to={`/a/${slug}/meetings/${m.id}`}>
          {bodyName ? `${bodyName} ${formatDateTime(m.startsAt)}` : formatDateTime(m.startsAt)}
        </Link>
        {m.place && <span className="muted"> · {m.place}</span>} {m.cancelledAt && <Badge tone="danger">{t("meeting.isCancelled")}</Badge>}
        {m.minutesPublishedAt && <Badge tone="success">{t("meeting.minutes")}</Badge>}
      </p>
      {m.agenda.length === 0 ? (
        <p className="muted">{t("body.emptyAgenda")}</p>
      ) : (
        <ol className="meeting-summary__agenda" aria-label={t("body.agendaOf")}>
          {m.agenda.map((i) => (
            <li key={i.id}>{i.title}</li>
          ))}
        </ol>
      )}
    </li>
  );
}
