import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Idea } from "../ideas/ideas.types.js";
import { Arena, Organisation } from "../partnership/partnership.types.js";
import { AdoptionStatusEnum } from "../scaling/scaling.types.js";

@ObjectType({ description: "An adoption recorded in a municipality: a published idea and where the municipality stands with it." })
export class PlaceAdoption {
  @Field(() => Idea)
  idea!: Idea;
  @Field(() => AdoptionStatusEnum)
  status!: AdoptionStatusEnum;
  @Field(() => String)
  note!: string;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

@ObjectType({
  description:
    "A municipality's page: the published ideas and pilots located there, the adoptions recorded there, its good examples. Public, and the same for everyone.",
})
export class MunicipalityPage {
  organisationRawId!: string;
  arenaRawId!: string;
  @Field(() => Organisation)
  municipality!: Organisation;
  @Field(() => Arena)
  arena!: Arena;
}

@ObjectType({ description: "One municipality of an arena with counts of what its page shows. Public." })
export class MunicipalitySummary {
  @Field(() => Organisation)
  municipality!: Organisation;
  @Field(() => Int, { description: "Published ideas located there." })
  ideaCount!: number;
  @Field(() => Int, { description: "Published ideas it has adopted." })
  adoptionCount!: number;
  @Field(() => Int)
  goodExampleCount!: number;
}
