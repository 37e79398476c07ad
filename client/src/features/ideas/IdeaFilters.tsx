import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { type IdeaStage, SECTORS } from "./ideaValues";
import { swedishCompare } from "../../ui/localeFormat";
import "../../ui/listing.css";

export const IdeaFiltersFragment = graphql(`
  fragment IdeaFilters_arena on Arena {
    id
    organisations {
      id
      name
      kind
    }
    strategies {
      id
      areas {
        id
        goals {
          id
          number
          title
        }
      }
    }
  }
`);

/** Stages a published idea can be in (drafts are never listed). */
export const LISTED_STAGES = [
  "SUBMITTED",
  "GUIDANCE",
  "NEEDS_INFO",
  "DEVELOPMENT",
  "TESTING",
  "SCALING",
  "ADOPTED",
  "REFERRED",
  "PARKED",
  "MERGED",
  "CLOSED",
  "DECLINED",
] as const satisfies readonly IdeaStage[];

export const SORTS = ["RELEVANCE", "NEWEST", "OLDEST", "TITLE"] as const;
export type Sort = (typeof SORTS)[number];

export interface IdeaFilterValues {
  q: string;
  stage: string;
  goal: string;
  municipality: string;
  sector: string;
  sort: string;
}

interface Props {
  arena: FragmentOf<typeof IdeaFiltersFragment>;
  filters: IdeaFilterValues;
  onChange: (next: Partial<IdeaFilterValues>) => void;
}

/**
 * The search box and the filters. The search is sent with its button (or Enter); a filter
 * applies as soon as it is chosen, and the result count below is announced.
 */
export function IdeaFilters({ arena: ref, filters, onChange }: Props) {
  const { t } = useTranslation("ideas");
  const arena = readFragment(IdeaFiltersFragment, ref);
  const id = useId();
  const municipalities = arena.organisations.filter((o) => o.kind === "MUNICIPALITY").sort((a, b) => swedishCompare(a.name, b.name));
  const goals = arena.strategies.flatMap((s) => s.areas.flatMap((a) => a.goals));
  const searching = filters.q.trim() !== "";
  const sorts = SORTS.filter((s) => s !== "RELEVANCE" || searching);
  const sortValue = filters.sort && (sorts as readonly string[]).includes(filters.sort) ? filters.sort : searching ? "RELEVANCE" : "NEWEST";

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    // A new search is ordered by relevance, unless the person chose another order.
    onChange({ q, sort: filters.sort === "RELEVANCE" || !q ? "" : filters.sort });
  };

  const select = (name: keyof IdeaFilterValues, label: string, options: { value: string; label: string }[], all: string | null) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <select
        id={`${id}-${name}`}
        name={name}
        value={name === "sort" ? sortValue : filters[name]}
        onChange={(e) => onChange({ [name]: e.currentTarget.value })}
      >
        {all !== null && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="idea-filters">
      <form role="search" className="search-form" onSubmit={onSearch} aria-label={t("ideas.searchLabel")}>
        <label className="field__label" htmlFor={`${id}-q`}>
          {t("ideas.searchLabel")}
        </label>
        <p className="field__hint" id={`${id}-q-hint`}>
          {t("ideas.searchHint")}
        </p>
        <div className="search-form__row">
          <input id={`${id}-q`} key={filters.q} type="search" name="q" defaultValue={filters.q} aria-describedby={`${id}-q-hint`} />
          <button type="submit" className="button button--primary">
            {t("ideas.searchButton")}
          </button>
        </div>
      </form>
      <div className="filter-row" role="group" aria-label={t("ideas.filtersLabel")}>
        {select(
          "stage",
          t("ideas.filterStage"),
          LISTED_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) })),
          t("ideas.allStages"),
        )}
        {select(
          "goal",
          t("ideas.filterGoal"),
          goals.map((g) => ({ value: g.id, label: `${g.number}. ${g.title}` })),
          t("ideas.allGoals"),
        )}
        {select(
          "municipality",
          t("ideas.filterMunicipality"),
          municipalities.map((m) => ({ value: m.id, label: m.name })),
          t("ideas.allMunicipalities"),
        )}
        {select(
          "sector",
          t("ideas.filterSector"),
          SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) })),
          t("ideas.allSectors"),
        )}
        {select(
          "sort",
          t("ideas.sort"),
          sorts.map((s) => ({ value: s, label: t(`ideas.sortBy.${s}`) })),
          null,
        )}
      </div>
    </div>
  );
}
