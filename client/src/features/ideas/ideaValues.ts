import { type FragmentOf, graphql, readFragment, type ResultOf } from "../../graphql";

/**
 * What the editor keeps of an idea: the fields a bearer writes, in the shape of the form.
 * The mapping from the API lives here, beside the fragment it reads, so that the editor,
 * its autosave and the conflict panel agree on one notion of "the same value".
 */
export const IdeaDraftFragment = graphql(`
  fragment IdeaDraft_idea on Idea {
    id
    version
    stage
    viewerIsBearer
    title
    summary
    need
    targetGroup
    solution
    expectedBenefit
    triedBefore
    organisationName
    sector
    visibility
    consentToContact
    countyParts {
      id
    }
    municipalities {
      id
    }
    goals {
      id
    }
    focusAreas {
      id
    }
    agenda2030Goals {
      number
    }
    publicHealthTargetAreas {
      number
    }
  }
`);

type Draft = ResultOf<typeof IdeaDraftFragment>;
export type Sector = Draft["sector"];
export type Visibility = Draft["visibility"];
export type IdeaStage = Draft["stage"];

export const SECTORS = ["CIVIL_SOCIETY", "PUBLIC", "BUSINESS", "ACADEMIA"] as const satisfies readonly Sector[];
export const VISIBILITIES = ["PUBLIC", "PARTNERSHIP", "GUIDANCE"] as const satisfies readonly Visibility[];

export const TEXT_FIELDS = [
  "title",
  "summary",
  "need",
  "targetGroup",
  "solution",
  "expectedBenefit",
  "triedBefore",
  "organisationName",
] as const;
export const ID_LIST_FIELDS = ["countyPartIds", "municipalityIds", "goalIds", "focusAreaIds"] as const;
export const NUMBER_LIST_FIELDS = ["agenda2030Goals", "publicHealthTargetAreas"] as const;
export const ALL_FIELDS = [...TEXT_FIELDS, "sector", "visibility", "consentToContact", ...ID_LIST_FIELDS, ...NUMBER_LIST_FIELDS] as const;

export type TextField = (typeof TEXT_FIELDS)[number];
export type IdListField = (typeof ID_LIST_FIELDS)[number];
export type NumberListField = (typeof NUMBER_LIST_FIELDS)[number];
export type IdeaField = (typeof ALL_FIELDS)[number];

export type IdeaValues = Record<TextField, string> &
  Record<IdListField, string[]> &
  Record<NumberListField, number[]> & {
    sector: Sector;
    visibility: Visibility;
    consentToContact: boolean;
  };

/** The server's limits (server/modules/ideas/ideas.inputs.ts), so that the browser stops at them. */
export const MAX_LENGTH: Record<TextField, number> = {
  title: 200,
  summary: 1000,
  need: 5000,
  targetGroup: 5000,
  solution: 5000,
  expectedBenefit: 5000,
  triedBefore: 5000,
  organisationName: 200,
};

export function emptyValues(organisationName: string, sector: Sector): IdeaValues {
  return {
    title: "",
    summary: "",
    need: "",
    targetGroup: "",
    solution: "",
    expectedBenefit: "",
    triedBefore: "",
    organisationName,
    sector,
    visibility: "PUBLIC",
    consentToContact: false,
    countyPartIds: [],
    municipalityIds: [],
    goalIds: [],
    focusAreaIds: [],
    agenda2030Goals: [],
    publicHealthTargetAreas: [],
  };
}

export function fromIdea(ref: FragmentOf<typeof IdeaDraftFragment>): IdeaValues {
  const idea = readFragment(IdeaDraftFragment, ref);
  return {
    title: idea.title,
    summary: idea.summary,
    need: idea.need,
    targetGroup: idea.targetGroup,
    solution: idea.solution,
    expectedBenefit: idea.expectedBenefit,
    triedBefore: idea.triedBefore,
    organisationName: idea.organisationName,
    sector: idea.sector,
    visibility: idea.visibility,
    consentToContact: idea.consentToContact ?? false,
    countyPartIds: idea.countyParts.map((c) => c.id),
    municipalityIds: idea.municipalities.map((m) => m.id),
    goalIds: idea.goals.map((g) => g.id),
    focusAreaIds: idea.focusAreas.map((f) => f.id),
    agenda2030Goals: idea.agenda2030Goals.map((g) => g.number),
    publicHealthTargetAreas: idea.publicHealthTargetAreas.map((a) => a.number),
  };
}

type FieldValue = IdeaValues[IdeaField];

/** Lists are sets: the order in which boxes were ticked does not make a change. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const set = new Set<string | number>(a);
    return b.every((x) => set.has(x));
  }
  return a === b;
}

export function changedFields(a: IdeaValues, b: IdeaValues): IdeaField[] {
  return ALL_FIELDS.filter((f) => !sameValue(a[f], b[f]));
}

/** Whether a new form holds anything the person wrote or chose (prefilled fields do not count). */
export function hasContent(v: IdeaValues): boolean {
  return (
    TEXT_FIELDS.some((f) => f !== "organisationName" && v[f].trim() !== "") ||
    ID_LIST_FIELDS.some((f) => v[f].length > 0) ||
    NUMBER_LIST_FIELDS.some((f) => v[f].length > 0)
  );
}

/** The API input for some fields of the form. */
export function toInput(v: IdeaValues, fields: readonly IdeaField[]): Partial<IdeaValues> {
  const out: Partial<Record<IdeaField, FieldValue>> = {};
  for (const f of fields) out[f] = v[f];
  return out as Partial<IdeaValues>;
}

export interface Rebased {
  /** The form's values on top of what is saved now: their changes taken where you had not changed the field. */
  merged: IdeaValues;
  /** Fields that both you and someone else changed, to different values: the person chooses. */
  conflicts: IdeaField[];
  /** Fields that only someone else changed; taken over quietly. */
  takenOver: IdeaField[];
}

/**
 * A three-way merge of an edit that was based on an older version. `base` is what the edit
 * started from, `current` what is saved now. Nothing the person typed is dropped: a field
 * they changed is either kept (nobody else touched it) or becomes a conflict to decide.
 */
export function rebase(mine: IdeaValues, base: IdeaValues, current: IdeaValues): Rebased {
  const merged: IdeaValues = { ...mine };
  const conflicts: IdeaField[] = [];
  const takenOver: IdeaField[] = [];
  for (const f of ALL_FIELDS) {
    const mineChanged = !sameValue(mine[f], base[f]);
    const theirsChanged = !sameValue(current[f], base[f]);
    if (!theirsChanged || sameValue(mine[f], current[f])) continue;
    if (mineChanged) conflicts.push(f);
    else {
      (merged as Record<IdeaField, FieldValue>)[f] = current[f];
      takenOver.push(f);
    }
  }
  return { merged, conflicts, takenOver };
}
