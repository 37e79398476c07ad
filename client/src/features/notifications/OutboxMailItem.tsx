import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment, toFormErrors } from "../../forms/errors";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { errorMessage } from "../../ui/QueryState";
import { formatDateTime } from "../../ui/format";
import "./notifications.css";

export const OutboxMailItemFragment = graphql(`
  fragment OutboxMailItem_mail on OutboxMail {
    id
    to
    subject
    text
    createdAt
    sentAt
    attempts
    lastError
    nextAttemptAt
  }
`);

const ResendMailMutation = graphql(
  `
    mutation ResendOutboxMail($id: ID!) {
      resendMail(id: $id) {
        mail {
          id
          ...OutboxMailItem_mail
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [OutboxMailItemFragment, FormErrorsFragment],
);

/** One mail: to whom, what, whether it went; the text opens on request. */
export function OutboxMailItem({ mail: ref }: { mail: FragmentOf<typeof OutboxMailItemFragment> }) {
  const { t } = useTranslation("notifications");
  const m = readFragment(OutboxMailItemFragment, ref);
  const [{ fetching }, resend] = useMutation(ResendMailMutation);
  const [resendError, setResendError] = useState<string | null>(null);
  // Sent, or given up after the last attempt: nothing more will happen to it by itself.
  const givenUp = !m.sentAt && m.nextAttemptAt === null;
  const onResend = async () => {
    setResendError(null);
    const r = await resend({ id: m.id });
    if (r.error) return setResendError(errorMessage(r.error, t("state.networkError")));
    const errors = toFormErrors(r.data?.resendMail.errors ?? [], []);
    if (errors.general.length > 0) setResendError(errors.general.join(" "));
  };
  const status = m.sentAt ? (
    <Badge tone="success">{t("outbox.sent", { at: formatDateTime(m.sentAt) })}</Badge>
  ) : givenUp ? (
    <Badge tone="danger">{t("outbox.givenUp", { count: m.attempts })}</Badge>
  ) : m.lastError ? (
    <Badge tone="danger">{t("outbox.failed", { count: m.attempts })}</Badge>
  ) : (
    <Badge tone="neutral">{t("outbox.waiting")}</Badge>
  );
  return (
    <article className="card mail">
      <div className="mail__head">
        <h2 className="mail__subject">{m.subject}</h2>
        {status}
      </div>
      <dl className="mail__meta">
        <div>
          <dt>{t("outbox.to")}</dt>
          <dd>{m.to}</dd>
        </div>
        <div>
          <dt>{t("outbox.created")}</dt>
          <dd>
            <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
          </dd>
        </div>
      </dl>
      {m.lastError && !m.sentAt && <p className="mail__error">{m.lastError}</p>}
      {givenUp && (
        <p className="mail__actions">
          <button type="button" className="button button--secondary" disabled={fetching} onClick={() => void onResend()}>
            {t("outbox.resend")}
          </button>
        </p>
      )}
      {resendError && (
        <p className="mail__error" role="alert">
          {resendError}
        </p>
      )}
      <details className="mail__text">
        <summary>{t("outbox.showText")}</summary>
        <pre>{m.text}</pre>
      </details>
    </article>
  );
}
