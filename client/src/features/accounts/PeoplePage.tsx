import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment } from "../../forms/errors";
import { useMutationForm } from "../../forms/useMutationForm";
import { graphql } from "../../graphql";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading } from "../../ui/QueryState";
import { useQuery } from "../../ui/useQuery";
import { downloadJson } from "./DataSection";
import { useViewer } from "./useViewer";
import "./accounts.css";
import "../../ui/confirm.css";

const SHOWN = 50;

const PeopleQuery = graphql(`
  query People($search: String, $first: Int) {
    users(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          email
          organisation
        }
      }
    }
  }
`);

const ExportPersonDataMutation = graphql(
  `
    mutation ExportPersonData($userId: ID!) {
      exportPersonData(userId: $userId) {
        json
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const DeletePersonAccountMutation = graphql(
  `
    mutation DeletePersonAccount($userId: ID!) {
      deletePersonAccount(userId: $userId) {
        deleted
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** One person's row: hand out their data, or delete their account, at their request. */
function PersonActions({ id, name, onDeleted }: { id: string; name: string; onDeleted: (name: string) => void }) {
  const { t } = useTranslation("accounts");
  const form = useMutationForm([]);
  const [{ fetching: exporting }, exportData] = useMutation(ExportPersonDataMutation);
  const [{ fetching: deleting }, deleteAccount] = useMutation(DeletePersonAccountMutation);
  const [downloaded, setDownloaded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { openerRef, headingRef } = useOpenerFocus(confirming);
  const onDownload = async () => {
    const result = await exportData({ userId: id });
    const json = result.data?.exportPersonData.json;
    if (!form.accept(result, result.data?.exportPersonData) || !json) return;
    downloadJson(json, t("people.fileName", { name: name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-") }));
    setDownloaded(true);
  };
  const onDelete = async () => {
    const result = await deleteAccount({ userId: id });
    if (form.accept(result, result.data?.deletePersonAccount)) onDeleted(name);
  };
  return (
    <div className="person-actions">
      <ErrorSummary ref={form.summaryRef} errors={form.errors} />
      {confirming ? (
        <div className="confirm-panel" role="group" aria-labelledby={`delete-${id}`}>
          <h3 id={`delete-${id}`} ref={headingRef} tabIndex={-1} className="tool-heading">
            {t("people.deleteHeading", { name })}
          </h3>
          <p>{t("people.deleteText")}</p>
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={deleting} onClick={() => void onDelete()}>
              {deleting ? t("people.deleting") : t("people.deleteConfirm")}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
              {t("people.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <button type="button" className="button button--ghost" disabled={exporting} onClick={() => void onDownload()}>
            {exporting ? t("people.downloading") : t("people.download")}
          </button>
          <button ref={openerRef} type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
            {t("people.delete")}
          </button>
          <p className="form__status" role="status">
            {downloaded ? t("people.downloaded", { name }) : ""}
          </p>
        </div>
      )}
    </div>
  );
}

/** /admin/people: the people of the arenas an administrator administers, with the two GDPR actions done at a person's request. */
export function PeoplePage() {
  const { t } = useTranslation("accounts");
  const { viewer, fetching: viewerFetching } = useViewer();
  const isAdmin = (viewer?.roles ?? []).some((r) => r.role === "ADMIN");
  const [search, setSearch] = useState("");
  const [deleted, setDeleted] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: PeopleQuery,
    variables: { search: search || null, first: SHOWN },
    pause: !isAdmin,
  });
  const head = (
    <>
      <PageTitle parts={[t("people.title")]} />
      <div className="page-head">
        <p className="eyebrow">{t("people.eyebrow")}</p>
        <h1 tabIndex={-1}>{t("people.title")}</h1>
        <p className="lead">{t("people.intro")}</p>
      </div>
    </>
  );
  if (!isAdmin)
    return (
      <div className="narrow">
        {head}
        {viewerFetching ? <Loading /> : <p className="notice">{viewer ? t("people.adminsOnly") : t("myAccount.signInRequired")}</p>}
        {!viewerFetching && !viewer && (
          <Link className="button button--primary" to="/sign-in">
            {t("account.signIn")}
          </Link>
        )}
      </div>
    );
  if (!data) return <PageState head={head} error={error} reexecute={reexecute} />;
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get("search") ?? "").trim());
  };
  const people = data.users.edges.map((e) => e.node);
  return (
    <div className="narrow">
      {head}
      <form className="people-search" role="search" onSubmit={onSearch}>
        <label htmlFor="people-search">{t("people.search")}</label>
        <div className="people-search__row">
          <input id="people-search" name="search" type="search" defaultValue={search} />
          <button type="submit" className="button button--primary">
            {t("people.searchSubmit")}
          </button>
        </div>
      </form>
      <p role="status" className="muted">
        {deleted ? `${t("people.deleted", { name: deleted })} ` : ""}
        {t("people.count", { count: data.users.totalCount })}
        {data.users.totalCount > people.length ? ` ${t("people.showing", { shown: people.length })}` : ""}
      </p>
      {people.length === 0 ? (
        <EmptyState>{t("people.empty")}</EmptyState>
      ) : (
        <ul className="people-list">
          {people.map((p) => (
            <li key={p.id} className="card">
              <h2 className="people-list__name">{p.name}</h2>
              <p className="muted">
                {p.email}
                {p.organisation ? ` · ${p.organisation}` : ""}
              </p>
              <PersonActions id={p.id} name={p.name} onDeleted={setDeleted} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
