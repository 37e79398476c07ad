import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";
import "./QueryState.css";

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("state.loading")}</span>
    </div>
  );
}

/** A readable message for a failed request: the server's own (already localised) text, or ours for the network. */
export function errorMessage(error: CombinedError, networkText: string): string {
  if (error.networkError) return networkText;
  return error.graphQLErrors.map((e) => e.message).join(" ") || networkText;
}

export function QueryError({ error, onRetry }: { error: CombinedError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{t("state.errorTitle")}</h2>
      <p>{errorMessage(error, t("state.networkError"))}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t("state.retry")}
      </button>
    </div>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>;
}
