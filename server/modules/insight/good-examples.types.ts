import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { toGlobalId } from "../../graphql/relay.js";
import type { goodExamples } from "./insight.tables.js";

@ObjectType({ description: "A good example from a municipality: who does it, how it is funded, what came of it. Public." })
export class GoodExample {
  rawId!: string;
  municipalityRawId!: string;
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  summary!: string;
  @Field(() => String)
  partners!: string;
  @Field(() => String)
  funding!: string;
  @Field(() => String)
  results!: string;
  @Field(() => String, { description: "An http(s) address, or empty." })
  link!: string;
  @Field(() => Int, { description: "Pass it back as expectedVersion when editing." })
  version!: number;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export const toGoodExample = (r: typeof goodExamples.$inferSelect): GoodExample =>
  Object.assign(new GoodExample(), {
    rawId: r.id,
    municipalityRawId: r.organisationId,
    id: toGlobalId("GoodExample", r.id),
    title: r.title,
    summary: r.summary,
    partners: r.partners,
    funding: r.funding,
    results: r.results,
    link: r.link,
    version: r.version,
    updatedAt: r.updatedAt,
  });

@ObjectType()
export class GoodExamplePayload {
  @Field(() => GoodExample, { nullable: true })
  goodExample!: GoodExample | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class DeleteGoodExamplePayload {
  @Field(() => ID, { nullable: true, description: "The id of the example removed." })
  deletedId!: string | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
