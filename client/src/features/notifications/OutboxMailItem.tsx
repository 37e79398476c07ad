import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDateTime } from "../../ui/format";

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
  }
`);

/** One mail: to whom, what, whether it went; the text opens on request. */
export function OutboxMailItem({ mail: ref }: { mail: FragmentOf<typeof OutboxMailItemFragment> }) {
  const { t } = useTranslation();
  const m = readFragment(OutboxMailItemFragment, ref);
  const status = m.sentAt ? (
    <Badge tone="success">{t("outbox.sent", { at: formatDateTime(m.sentAt) })}</Badge>
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
      <details className="mail__text">
        <summary>{t("outbox.showText")}</summary>
        <pre>{m.text}</pre>
      </details>
    </article>
  );
}
