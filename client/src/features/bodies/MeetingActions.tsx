import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { type FragmentOf, readFragment } from "../../graphql";
import { FormErrorsFragment } from "../../forms/errors";
import { errorMessage } from "../../ui/QueryState";
import { formatDateTime } from "../../ui/format";
import { PublishMinutesMutation, SendMeetingNoticeMutation } from "./mutations";

/** The notice and the publishing of the minutes: what they are, and the kansli's buttons for them. */
export function MeetingActions({
  meeting,
}: {
  meeting: {
    id: string;
    version: number;
    viewerMayManage: boolean;
    noticeSentAt: string | null;
    minutesPublishedAt: string | null;
    cancelledAt: string | null;
    body: { name: string };
  };
}) {
  const { t } = useTranslation("bodies");
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: sending }, send] = useMutation(SendMeetingNoticeMutation);
  const [{ fetching: publishing }, publish] = useMutation(PublishMinutesMutation);
  const input = { id: meeting.id, version: meeting.version };
  const report = (error: Parameters<typeof errorMessage>[0] | undefined, errors: readonly FragmentOf<typeof FormErrorsFragment>[]) => {
    if (error) return setProblem(errorMessage(error, t("state.networkError", { ns: "translation" })));
    const list = readFragment(FormErrorsFragment, errors);
    setProblem(list.length > 0 ? list.map((e) => e.message).join(" ") : null);
  };
  const sendNotice = async () => {
    setProblem(null);
    const r = await send({ input });
    report(r.error, r.data?.sendMeetingNotice.errors ?? []);
  };
  const publishMinutes = async () => {
    setProblem(null);
    const r = await publish({ input });
    report(r.error, r.data?.publishMinutes.errors ?? []);
  };
  const open = meeting.viewerMayManage && !meeting.cancelledAt;
  return (
    <section className="meeting-actions" aria-label={t("meeting.minutes")}>
      <p>{meeting.noticeSentAt ? t("meeting.noticeSent", { date: formatDateTime(meeting.noticeSentAt) }) : t("meeting.noticeNotSent")}</p>
      {open && !meeting.noticeSentAt && !meeting.minutesPublishedAt && (
        <p>
          <span className="muted">{t("meeting.noticeConfirm", { body: meeting.body.name })}</span>{" "}
          <button type="button" className="button button--primary" disabled={sending} onClick={() => void sendNotice()}>
            {sending ? t("meeting.sendingNotice") : t("meeting.sendNotice")}
          </button>
        </p>
      )}
      {meeting.minutesPublishedAt ? (
        <p>{t("meeting.published", { date: formatDateTime(meeting.minutesPublishedAt) })}</p>
      ) : (
        open && (
          <p>
            <button type="button" className="button" disabled={publishing} onClick={() => void publishMinutes()}>
              {publishing ? t("meeting.publishing") : t("meeting.publish")}
            </button>
          </p>
        )
      )}
      <p role="alert" className="form__error">
        {problem ?? ""}
      </p>
    </section>
  );
}
