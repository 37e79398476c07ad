import { useTranslation } from "react-i18next";
import { Choice, Fieldset } from "../../forms/Choices";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import "./ideas.css";

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

export const PlaceChoicesFragment = graphql(`
  fragment PlaceChoices_arena on Arena {
    id
    countyParts {
      id
      name
      organisations {
        id
        name
        kind
      }
    }
    organisations {
      id
      name
      kind
      countyPart {
        id
      }
    }
  }
`);

interface PlaceProps {
  arena: FragmentOf<typeof PlaceChoicesFragment>;
  countyPartIds: readonly string[];
  municipalityIds: readonly string[];
  onCountyParts: (ids: string[]) => void;
  onMunicipalities: (ids: string[]) => void;
}

/** Where the idea would take place: whole county parts, or single municipalities, grouped by county part. */
export function PlaceChoices({ arena: ref, countyPartIds, municipalityIds, onCountyParts, onMunicipalities }: PlaceProps) {
  const { t } = useTranslation("ideas");
  const arena = readFragment(PlaceChoicesFragment, ref);
  const municipalities = arena.organisations.filter((o) => o.kind === "MUNICIPALITY");
  const grouped = new Set(arena.countyParts.flatMap((cp) => cp.organisations.map((o) => o.id)));
  const ungrouped = municipalities.filter((m) => !grouped.has(m.id)).sort((a, b) => a.name.localeCompare(b.name, "sv"));
  const municipalityBox = (m: { id: string; name: string }) => (
    <Choice
      key={m.id}
      type="checkbox"
      name="municipalityIds"
      value={m.id}
      label={m.name}
      checked={municipalityIds.includes(m.id)}
      onChange={(on) => onMunicipalities(toggle(municipalityIds, m.id, on))}
    />
  );
  return (
    <Fieldset
      legend={t("ideaForm.place")}
      hint={arena.countyParts.length > 0 ? t("ideaForm.placeHint") : t("ideaForm.placeHintMunicipalities")}
      optional
    >
      {arena.countyParts.length > 0 && (
        <div className="place-groups">
          {arena.countyParts.map((cp) => (
            <Fieldset key={cp.id} legend={cp.name} nested className="place-group">
              <Choice
                type="checkbox"
                name="countyPartIds"
                className="choice--whole"
                value={cp.id}
                label={t("ideaForm.wholeCountyPart", { name: cp.name })}
                checked={countyPartIds.includes(cp.id)}
                onChange={(on) => onCountyParts(toggle(countyPartIds, cp.id, on))}
              />
              {cp.organisations.filter((o) => o.kind === "MUNICIPALITY").map(municipalityBox)}
            </Fieldset>
          ))}
        </div>
      )}
      {ungrouped.length > 0 && (
        <Fieldset
          legend={arena.countyParts.length > 0 ? t("ideaForm.otherMunicipalities") : t("ideaForm.municipalities")}
          nested
          className="place-group"
        >
          <div className="choice-columns">{ungrouped.map(municipalityBox)}</div>
        </Fieldset>
      )}
    </Fieldset>
  );
}

export const GoalChoicesFragment = graphql(`
  fragment GoalChoices_arena on Arena {
    id
    strategies {
      id
      name
      areas {
        id
        name
        goals {
          id
          number
          title
          focusAreas {
            id
            code
            title
          }
        }
      }
    }
  }
`);

interface GoalProps {
  arena: FragmentOf<typeof GoalChoicesFragment>;
  goalIds: readonly string[];
  focusAreaIds: readonly string[];
  onChange: (goalIds: string[], focusAreaIds: string[]) => void;
}

/** The strategy's goals by area; a chosen goal opens its focus areas. */
export function GoalChoices({ arena: ref, goalIds, focusAreaIds, onChange }: GoalProps) {
  const { t } = useTranslation("ideas");
  const arena = readFragment(GoalChoicesFragment, ref);
  if (arena.strategies.length === 0) return null;
  return (
    <>
      {arena.strategies.map((s) => (
        <Fieldset key={s.id} legend={t("ideaForm.goals", { strategy: s.name })} hint={t("ideaForm.goalsHint")} optional>
          <div className="goal-choices">
            {s.areas.map((area) => (
              <Fieldset key={area.id} legend={area.name} nested>
                {area.goals.map((g) => {
                  const chosen = goalIds.includes(g.id);
                  return (
                    <div key={g.id} className="goal-choice">
                      <Choice
                        type="checkbox"
                        name="goalIds"
                        value={g.id}
                        label={
                          <>
                            <span className="code">{g.number}</span> {g.title}
                          </>
                        }
                        checked={chosen}
                        onChange={(on) => {
                          const fa = g.focusAreas.map((f) => f.id);
                          onChange(toggle(goalIds, g.id, on), on ? [...focusAreaIds] : focusAreaIds.filter((id) => !fa.includes(id)));
                        }}
                      />
                      {chosen && g.focusAreas.length > 0 && (
                        <Fieldset legend={t("ideaForm.focusAreasOf", { number: g.number })} nested className="focus-area-choices">
                          {g.focusAreas.map((f) => (
                            <Choice
                              key={f.id}
                              type="checkbox"
                              name="focusAreaIds"
                              value={f.id}
                              label={
                                <>
                                  <span className="code">{f.code}</span> {f.title}
                                </>
                              }
                              checked={focusAreaIds.includes(f.id)}
                              onChange={(on) => onChange([...goalIds], toggle(focusAreaIds, f.id, on))}
                            />
                          ))}
                        </Fieldset>
                      )}
                    </div>
                  );
                })}
              </Fieldset>
            ))}
          </div>
        </Fieldset>
      ))}
    </>
  );
}

export const FrameworkChoicesFragment = graphql(`
  fragment FrameworkChoices_frameworks on Frameworks {
    agenda2030Goals {
      number
      title
    }
    publicHealthTargetAreas {
      number
      title
    }
  }
`);

interface FrameworkProps {
  frameworks: FragmentOf<typeof FrameworkChoicesFragment>;
  agenda2030Goals: readonly number[];
  publicHealthTargetAreas: readonly number[];
  onAgenda: (numbers: number[]) => void;
  onHealth: (numbers: number[]) => void;
}

export function FrameworkChoices({ frameworks: ref, agenda2030Goals, publicHealthTargetAreas, onAgenda, onHealth }: FrameworkProps) {
  const { t } = useTranslation("ideas");
  const f = readFragment(FrameworkChoicesFragment, ref);
  return (
    <>
      <Fieldset legend={t("ideaForm.agenda")} hint={t("ideaForm.agendaHint")} optional>
        <div className="choice-columns choice-columns--wide">
          {f.agenda2030Goals.map((g) => (
            <div key={g.number} className={`sdg-choice sdg--${g.number}`}>
              <Choice
                type="checkbox"
                name="agenda2030Goals"
                value={String(g.number)}
                label={`${g.number} ${g.title}`}
                checked={agenda2030Goals.includes(g.number)}
                onChange={(on) => onAgenda(toggle(agenda2030Goals, g.number, on))}
              />
            </div>
          ))}
        </div>
      </Fieldset>
      <Fieldset legend={t("ideaForm.publicHealth")} hint={t("ideaForm.publicHealthHint")} optional>
        <div className="choice-columns choice-columns--wide">
          {f.publicHealthTargetAreas.map((a) => (
            <Choice
              key={a.number}
              type="checkbox"
              name="publicHealthTargetAreas"
              value={String(a.number)}
              label={`${a.number} ${a.title}`}
              checked={publicHealthTargetAreas.includes(a.number)}
              onChange={(on) => onHealth(toggle(publicHealthTargetAreas, a.number, on))}
            />
          ))}
        </div>
      </Fieldset>
    </>
  );
}
