import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { ActorPicker } from "./ActorPicker";
import { IdeaTimelineFragment } from "../ideas/IdeaTimeline";
import { ReferralListFragment } from "./ReferralList";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import "./guidance.css";

const ReferIdeaMutation = graphql(
  `
    mutation ReferIdea($input: ReferIdeaInput!) {
      referIdea(input: $input) {
        confirmationUrl
        referral {
          id
        }
        idea {
          id
          stage
          ...ReferralList_idea
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [ReferralListFragment, IdeaTimelineFragment, FormErrorsFragment],
);

/** The actor's personal link, shown once after sending, with a copy button. */
export function ConfirmationLink({ url, onClose }: { url: string; onClose: () => void }) {
  const { t } = useTranslation("guidance");
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => headingRef.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin or a denied permission): the field can still be selected.
      document.getElementById(id)?.focus();
    }
  };
  return (
    <div className="notice notice--success referral-link">
      <h4 ref={headingRef} tabIndex={-1} className="notice__title">
        {t("referrals.linkHeading")}
      </h4>
      <p>{t("referrals.linkText")}</p>
      <label className="field__label" htmlFor={id}>
        {t("referrals.linkLabel")}
      </label>
      <input id={id} className="referral-link__url" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t("referrals.copy")}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t("referrals.closeLink")}
        </button>
        <span role="status" className="form__status">
          {copied ? t("referrals.copied") : ""}
        </span>
      </div>
    </div>
  );
}

/** For the guidance team: refer the idea to an actor of the support system, with a hand-off message. */
export function ReferForm({ ideaId, arenaId }: { ideaId: string; arenaId: string }) {
  const { t } = useTranslation("guidance");
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  // While the link to copy shows, focus is on it, not back on the button.
  const { openerRef, headingRef } = useOpenerFocus(open, link === null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, refer] = useMutation(ReferIdeaMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    const result = await refer({
      input: { ideaId, actorId: String(form.get("actorId") ?? ""), message: String(form.get("message") ?? "").trim() },
    });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const payload = result.data?.referIdea;
    if (payload?.referral && payload.errors.length === 0) {
      setLink(payload.confirmationUrl ?? null);
      setOpen(false);
      return;
    }
    setErrors(toFormErrors(payload?.errors ?? [], ["actorId", "message"]));
  };

  if (link !== null) {
    return (
      <ConfirmationLink
        url={link}
        onClose={() => {
          setLink(null);
          requestAnimationFrame(() => openerRef.current?.focus());
        }}
      />
    );
  }
  if (!open) {
    return (
      <button ref={openerRef} type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t("referrals.refer")}
      </button>
    );
  }
  return (
    <form ref={formRef} className="form card refer-form" noValidate onSubmit={onSubmit} aria-labelledby="refer-heading">
      <h4 id="refer-heading" ref={headingRef} tabIndex={-1}>
        {t("referrals.referHeading")}
      </h4>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <ActorPicker arenaId={arenaId} error={errors.fields.actorId} />
      <Field name="message" label={t("referrals.referMessage")} hint={t("referrals.referMessageHint")} error={errors.fields.message}>
        {(p) => <textarea {...p} rows={4} maxLength={5000} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t("referrals.sending") : t("referrals.send")}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
