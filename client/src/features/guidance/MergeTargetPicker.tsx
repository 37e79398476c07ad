import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "../../ui/useQuery";
import { Choice, Fieldset } from "../../forms/Choices";
import { graphql } from "../../graphql";
import { Loading } from "../../ui/QueryState";
import "./guidance.css";

const MergeSearchQuery = graphql(`
  query MergeSearch($slug: String!, $search: String!) {
    ideas(arena: $slug, search: $search, first: 10) {
      edges {
        node {
          id
          title
          bearer {
            id
            name
          }
        }
      }
    }
  }
`);

interface Props {
  arenaSlug: string;
  /** The idea being triaged: never a target. */
  ideaId: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/**
 * Find the idea to merge into: a search box (inside the triage form, so a button rather than a
 * form of its own; Enter searches too) and the results as radio buttons.
 */
export function MergeTargetPicker({ arenaSlug, ideaId, value, onChange, error }: Props) {
  const { t } = useTranslation("guidance");
  const { t: tc } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  const [{ data, fetching }] = useQuery({ query: MergeSearchQuery, variables: { slug: arenaSlug, search }, pause: search === "" });
  const results = (data?.ideas.edges ?? []).map((e) => e.node).filter((n) => n.id !== ideaId);
  const run = () => setSearch(text.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    run();
  };
  return (
    <div className="merge-picker">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-q`}>
          {t("triage.mergeSearch")}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t("triage.mergeSearchHint")}
        </p>
        <div className="merge-picker__row">
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="button button--secondary" onClick={run}>
            {t("triage.mergeSearchButton")}
          </button>
        </div>
      </div>
      {search !== "" && (
        <div aria-live="polite">
          {fetching && !data ? (
            <Loading />
          ) : results.length === 0 ? (
            <p className="muted">{t("triage.mergeNone")}</p>
          ) : (
            <Fieldset legend={t("triage.mergeTarget")} error={error} nested>
              {results.map((r) => (
                <Choice
                  key={r.id}
                  type="radio"
                  name={`${id}-target`}
                  value={r.id}
                  label={r.title}
                  hint={r.bearer.name}
                  checked={value === r.id}
                  invalid={error !== undefined}
                  onChange={(on) => on && onChange(r.id)}
                />
              ))}
            </Fieldset>
          )}
        </div>
      )}
      {search === "" && error && (
        <p className="field__error">
          <span className="visually-hidden">{tc("form.error")} </span>
          {error}
        </p>
      )}
    </div>
  );
}
