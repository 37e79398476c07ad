import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import type { Locale } from "../accounts/accounts.tables.js";
import { Idea } from "../ideas/ideas.types.js";
import { Organisation } from "../partnership/partnership.types.js";
import type { scaleUpSteps } from "../strategy/strategy.tables.js";
import type { ideaScaleSteps, municipalityAdoptions } from "./scaling.tables.js";

export enum AdoptionStatusEnum {
  PLANNED = "planned",
  TESTING = "testing",
  ADOPTED = "adopted",
  DECLINED = "declined",
}
registerEnumType(AdoptionStatusEnum, {
  name: "AdoptionStatus",
  description: "Where a municipality stands with an idea: PLANNED, TESTING, ADOPTED (part of its ordinary work) or DECLINED.",
});

@ObjectType({ description: "A step an idea has reached on SKR's scale-up ladder, with its evidence." })
export class IdeaScaleStep {
  recordedByRawId!: string | null;

  @Field(() => Int, {
    description: "1 planning; 2 tested; 3 shown to improve and introduced more widely; 4 part of ordinary work. 0: none yet.",
  })
  step!: number;
  @Field(() => String, { nullable: true, description: "The step's title in your language; null at step 0." })
  title!: string | null;
  @Field(() => String, { nullable: true })
  description!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "What shows it (e.g. a test cycle's results). For people with at least member access to the idea, as test cycles are; null for others.",
  })
  evidence!: string | null;
  @Field(() => Int, { nullable: true, description: "The number of the test cycle whose results are the evidence, when there is one." })
  cycleNumber!: number | null;
  @Field(() => DateTimeResolver, { nullable: true })
  recordedAt!: Date | null;
}

type StepRow = { record: typeof ideaScaleSteps.$inferSelect; ladder: typeof scaleUpSteps.$inferSelect; cycleNumber: number | null };

const pick = (locale: Locale, sv: string, en: string) => (locale === "en" && en ? en : sv);

export function toScaleStep(r: StepRow, locale: Locale, showEvidence: boolean): IdeaScaleStep {
  return Object.assign(new IdeaScaleStep(), {
    recordedByRawId: showEvidence ? r.record.recordedBy : null,
    step: r.record.step,
    title: pick(locale, r.ladder.titleSv, r.ladder.titleEn),
    description: pick(locale, r.ladder.descriptionSv, r.ladder.descriptionEn),
    evidence: showEvidence ? r.record.evidence : null,
    cycleNumber: r.cycleNumber,
    recordedAt: r.record.recordedAt,
  });
}

export const noScaleStep = (): IdeaScaleStep =>
  Object.assign(new IdeaScaleStep(), {
    recordedByRawId: null,
    step: 0,
    title: null,
    description: null,
    evidence: null,
    cycleNumber: null,
    recordedAt: null,
  });

@ObjectType({ description: "Where one municipality of the idea's arena stands with the idea." })
export class MunicipalityAdoption {
  @Field(() => Organisation)
  municipality!: Organisation;
  @Field(() => AdoptionStatusEnum, { nullable: true, description: "Null: nothing recorded." })
  status!: AdoptionStatusEnum | null;
  @Field(() => String)
  note!: string;
  @Field(() => DateTimeResolver, { nullable: true })
  updatedAt!: Date | null;
}

export function toAdoption(municipality: Organisation, row: typeof municipalityAdoptions.$inferSelect | undefined): MunicipalityAdoption {
  return Object.assign(new MunicipalityAdoption(), {
    municipality,
    status: (row?.status as AdoptionStatusEnum | undefined) ?? null,
    note: row?.note ?? "",
    updatedAt: row?.updatedAt ?? null,
  });
}

@ObjectType({ description: "How far an idea has spread: municipalities of its arena counted per status." })
export class AdoptionSummary {
  @Field(() => Int, { description: "Municipalities of the arena." })
  municipalities!: number;
  @Field(() => Int)
  planned!: number;
  @Field(() => Int)
  testing!: number;
  @Field(() => Int)
  adopted!: number;
  @Field(() => Int)
  declined!: number;
  @Field(() => Int, { description: "Municipalities with nothing recorded." })
  none!: number;
}

@ObjectType()
export class ScaleStepPayload {
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class AdoptionPayload {
  @Field(() => MunicipalityAdoption, { nullable: true })
  adoption!: MunicipalityAdoption | null;
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
