import { type FormEvent, type Ref, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { formText } from "../../forms/useMutationForm";
import { useMutationSubmit } from "../../forms/useMutationSubmit";
import { toDateTimeLocal } from "../../ui/format";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { CancelMeetingMutation, UpdateMeetingMutation } from "./mutations";
import "../../ui/confirm.css";

interface Meeting {
  id: string;
  version: number;
  startsAt: string;
  place: string;
  link: string | null;
  noticeSentAt: string | null;
  minutesPublishedAt: string | null;
  cancelledAt: string | null;
  viewerMayManage: boolean;
}

/**
 * The kansli corrects a booked meeting (time, place, link) or cancels it. Both end once the
 * meeting is cancelled or its minutes are out, as the API refuses them then; the line under the
 * buttons says what went through, for screen readers too.
 */
export function MeetingChanges({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation("bodies");
  const [mode, setMode] = useState<"view" | "edit" | "cancel">("view");
  const [status, setStatus] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { openerRef, headingRef } = useOpenerFocus(mode === "edit");
  const cancelFocus = useOpenerFocus(mode === "cancel");
  if (!meeting.viewerMayManage) return null;
  const open = !meeting.cancelledAt && !meeting.minutesPublishedAt;
  const openAs = (next: "edit" | "cancel") => {
    setStatus(null);
    setMode(next);
  };
  const done = (message: string, focusStatus = false) => {
    setMode("view");
    setStatus(message);
    if (focusStatus) requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <section className="meeting-changes" aria-label={t("changes.label")}>
      {open && mode === "view" && (
        <p className="button-row">
          <button ref={openerRef} type="button" className="button button--secondary" onClick={() => openAs("edit")}>
            {t("changes.edit")}
          </button>
          <button ref={cancelFocus.openerRef} type="button" className="button button--danger-ghost" onClick={() => openAs("cancel")}>
            {t("changes.cancel")}
          </button>
        </p>
      )}
      {open && mode === "edit" && (
        <EditMeetingForm
          meeting={meeting}
          headingRef={headingRef}
          onDone={() => done(t("changes.saved"))}
          onCancel={() => setMode("view")}
        />
      )}
      {open && mode === "cancel" && (
        <CancelMeetingForm
          meeting={meeting}
          headingRef={cancelFocus.headingRef}
          onDone={() => done(t("changes.cancelled"), true)}
          onCancel={() => setMode("view")}
        />
      )}
      <p ref={statusRef} role="status" tabIndex={-1} className="meeting-changes__status">
        {status ?? ""}
      </p>
    </section>
  );
}

interface FormProps {
  meeting: Meeting;
  headingRef: Ref<HTMLHeadingElement>;
  onDone: () => void;
  onCancel: () => void;
}

/** Time, place and link as they are now; the version read is sent back, so a change made meanwhile is refused. */
function EditMeetingForm({ meeting, headingRef, onDone, onCancel }: FormProps) {
  const { t } = useTranslation("bodies");
  const { scaffold, errors, setErrors, submit } = useMutationSubmit(UpdateMeetingMutation, (d) => d.updateMeeting, [
    "startsAt",
    "place",
    "link",
  ]);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = formText(event.currentTarget);
    const local = value("startsAt");
    if (!local) return setErrors({ fields: { startsAt: t("createMeeting.startsAtRequired") }, general: [] });
    const input = {
      id: meeting.id,
      version: meeting.version,
      startsAt: new Date(local).toISOString(),
      place: value("place"),
      link: value("link"),
    };
    if (await submit({ input })) onDone();
  };
  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="card meeting-form"
      labelledBy="edit-meeting-heading"
      heading={
        <>
          <h2 id="edit-meeting-heading" ref={headingRef} tabIndex={-1}>
            {t("changes.editHeading")}
          </h2>
          {meeting.noticeSentAt && <p className="muted">{t("changes.noticeAlreadySent")}</p>}
        </>
      }
      submitLabel={t("changes.save")}
      busyLabel={t("changes.saving")}
      onCancel={onCancel}
      cancelLabel={t("changes.close")}
    >
      <Field name="startsAt" label={t("createMeeting.startsAt")} error={errors.fields.startsAt}>
        {(p) => <input {...p} type="datetime-local" required defaultValue={toDateTimeLocal(meeting.startsAt)} />}
      </Field>
      <Field name="place" label={t("createMeeting.place")} hint={t("changes.placeHint")} error={errors.fields.place}>
        {(p) => <input {...p} type="text" maxLength={300} defaultValue={meeting.place} />}
      </Field>
      <Field name="link" label={t("createMeeting.link")} error={errors.fields.link} optional>
        {(p) => <input {...p} type="url" maxLength={500} defaultValue={meeting.link ?? ""} />}
      </Field>
    </FormScaffold>
  );
}

/** Cancelling is final: the API refuses every change of a cancelled meeting, its agenda included. */
function CancelMeetingForm({ meeting, headingRef, onDone, onCancel }: FormProps) {
  const { t } = useTranslation("bodies");
  const { scaffold, submit } = useMutationSubmit(CancelMeetingMutation, (d) => d.cancelMeeting, []);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await submit({ input: { id: meeting.id, version: meeting.version } })) onDone();
  };
  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="confirm-panel"
      labelledBy="cancel-meeting-heading"
      heading={
        <>
          <h2 id="cancel-meeting-heading" ref={headingRef} tabIndex={-1} className="tool-heading">
            {t("changes.cancelHeading")}
          </h2>
          <p>{t("changes.cancelExplain")}</p>
          {meeting.noticeSentAt && <p>{t("changes.cancelNoticeSent")}</p>}
        </>
      }
      submitLabel={t("changes.confirmCancel")}
      busyLabel={t("changes.cancelling")}
      submitClassName="button button--danger"
      onCancel={onCancel}
      cancelLabel={t("changes.keep")}
    >
      {null}
    </FormScaffold>
  );
}
