import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { Field } from "../../forms/Field";
import { FormErrorsFragment } from "../../forms/errors";
import { formText, useMutationForm } from "../../forms/useMutationForm";
import { graphql } from "../../graphql";
import { EmptyState } from "../../ui/QueryState";
import { TableScroll } from "../../ui/TableScroll";
import { formatDate, formatDateTime } from "../../ui/format";
import { useQuery } from "../../ui/useQuery";
import "./places.css";

const ReadTokensQuery = graphql(`
  query ReadTokens {
    mayCreateReadTokens
    myReadTokens {
      id
      name
      displayPrefix
      expiresAt
      lastUsedAt
      active
    }
  }
`);

const CreateMutation = graphql(
  `
    mutation CreateReadTokenForm($input: CreateReadTokenInput!) {
      createReadToken(input: $input) {
        token
        readToken {
          id
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const RevokeMutation = graphql(`
  mutation RevokeReadTokenForm($id: ID!) {
    revokeReadToken(id: $id) {
      readToken {
        id
        active
      }
      errors {
        code
      }
    }
  }
`);

const DAYS = [30, 90, 365] as const;

/** Mitt konto: personal read tokens for the API; created (shown once), listed and revoked. Researchers and admins. */
export function ReadTokensSection() {
  const { t } = useTranslation("places");
  const [{ data }, reexecute] = useQuery({ query: ReadTokensQuery });
  const form = useMutationForm(["name", "expiresInDays"]);
  const [{ fetching }, create] = useMutation(CreateMutation);
  const [, revoke] = useMutation(RevokeMutation);
  const [shown, setShown] = useState<string | null>(null);
  if (!data || (!data.mayCreateReadTokens && data.myReadTokens.length === 0)) return null;
  const onSubmit = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const el = ev.currentTarget;
    const v = formText(el);
    const result = await create({ input: { name: v("name"), expiresInDays: Number(v("expiresInDays")) } });
    if (form.accept(result, result.data?.createReadToken)) {
      setShown(result.data?.createReadToken.token ?? null);
      el.reset();
      reexecute({ requestPolicy: "network-only" });
    }
  };
  return (
    <section className="section card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t("tokens.heading")}</h2>
      <p>{t("tokens.intro")}</p>
      {shown && (
        <div className="notice" role="status">
          <p>{t("tokens.created")}</p>
          <label htmlFor="new-read-token">{t("tokens.tokenLabel")}</label>
          <input id="new-read-token" className="places__token" readOnly value={shown} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      {data.myReadTokens.length === 0 ? (
        <EmptyState>{t("tokens.none")}</EmptyState>
      ) : (
        <TableScroll label={t("tokens.heading")}>
          <table className="places__table">
            <thead>
              <tr>
                <th scope="col">{t("tokens.colName")}</th>
                <th scope="col">{t("tokens.colPrefix")}</th>
                <th scope="col">{t("tokens.colExpires")}</th>
                <th scope="col">{t("tokens.colLastUsed")}</th>
                <th scope="col">{t("tokens.colStatus")}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {data.myReadTokens.map((tok) => (
                <tr key={tok.id}>
                  <td>{tok.name}</td>
                  <td>
                    <code>{tok.displayPrefix}…</code>
                  </td>
                  <td>{formatDate(tok.expiresAt)}</td>
                  <td>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : t("tokens.never")}</td>
                  <td>{tok.active ? t("tokens.active") : t("tokens.inactive")}</td>
                  <td>
                    {tok.active && (
                      <button
                        type="button"
                        className="button button--ghost"
                        aria-label={t("tokens.revoke", { name: tok.name })}
                        onClick={() => void revoke({ id: tok.id }).then(() => reexecute({ requestPolicy: "network-only" }))}
                      >
                        {t("tokens.revokeShort")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {data.mayCreateReadTokens ? (
        <form ref={form.formRef} className="places__form" onSubmit={(ev) => void onSubmit(ev)} noValidate>
          <ErrorSummary ref={form.summaryRef} errors={form.errors} />
          <Field name="name" id="read-token-name" label={t("tokens.name")} hint={t("tokens.nameHint")} error={form.errors.fields.name}>
            {(p) => <input {...p} type="text" required maxLength={80} />}
          </Field>
          <Field name="expiresInDays" id="read-token-days" label={t("tokens.expires")} error={form.errors.fields.expiresInDays}>
            {(p) => (
              <select {...p} defaultValue="90">
                {DAYS.map((d) => (
                  <option key={d} value={d}>
                    {t("tokens.days", { count: d })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button button--primary" disabled={fetching}>
            {fetching ? t("tokens.creating") : t("tokens.create")}
          </button>
        </form>
      ) : (
        <p className="muted">{t("tokens.notAllowed")}</p>
      )}
    </section>
  );
}
