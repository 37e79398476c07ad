import { useTranslation } from "react-i18next";
import { type FragmentOf, readFragment } from "../../graphql";
import { formatLocalDate } from "../../ui/format";
import { EditSession, RemoveSession } from "./GuidanceEdits";
import { SessionListFragment } from "./fragments";
import "./guidance.css";

/** The idea's guidance sessions, latest first. Internal notes show only when the API gives them (the team). */
export function SessionList({ idea: ref, canEdit = false }: { idea: FragmentOf<typeof SessionListFragment>; canEdit?: boolean }) {
  const { t } = useTranslation("guidance");
  const { guidanceSessions: sessions } = readFragment(SessionListFragment, ref);
  if (!sessions) return null;
  return (
    <section className="guidance-part" aria-labelledby="sessions-heading">
      <h3 id="sessions-heading">{t("sessions.heading")}</h3>
      {sessions.length === 0 ? (
        <p className="empty">{t("sessions.empty")}</p>
      ) : (
        <ol className="sessions">
          {sessions.map((s) => (
            <li key={s.id} className="session">
              <h4 className="session__title">
                <time dateTime={s.heldOn}>{t("sessions.heldOn", { date: formatLocalDate(s.heldOn) })}</time>
              </h4>
              {s.recordedBy && <p className="muted session__by">{t("sessions.recordedBy", { name: s.recordedBy.name })}</p>}
              <dl className="session__parts">
                {s.participants && (
                  <div>
                    <dt>{t("sessions.participants")}</dt>
                    <dd>{s.participants}</dd>
                  </div>
                )}
                {s.sharedNotes && (
                  <div>
                    <dt>{t("sessions.shared")}</dt>
                    <dd className="prose">{s.sharedNotes}</dd>
                  </div>
                )}
                {s.advice && (
                  <div>
                    <dt>{t("sessions.advice")}</dt>
                    <dd className="prose">{s.advice}</dd>
                  </div>
                )}
                {s.internalNotes && (
                  <div className="session__internal">
                    <dt>{t("sessions.internal")}</dt>
                    <dd className="prose">{s.internalNotes}</dd>
                  </div>
                )}
              </dl>
              {canEdit && <EditSession session={s} />}
              {canEdit && <RemoveSession id={s.id} heldOn={s.heldOn} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export { SessionListFragment };
