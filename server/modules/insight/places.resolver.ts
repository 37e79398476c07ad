import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Idea } from "../ideas/ideas.types.js";
import { municipalityIndicators } from "../indicators/indicators.read.js";
import { IndicatorComparison } from "../indicators/indicators.types.js";
import { Arena, toArena, toOrganisation } from "../partnership/partnership.types.js";
import type { AdoptionStatusEnum } from "../scaling/scaling.types.js";
import { CreateGoodExampleInput, UpdateGoodExampleInput } from "./good-examples.inputs.js";
import { DeleteGoodExamplePayload, GoodExample, GoodExamplePayload } from "./good-examples.types.js";
import * as service from "./places.service.js";
import { MunicipalityPage, MunicipalitySummary, PlaceAdoption } from "./places.types.js";

/** One read of the page's lists per request, whichever of them the query asks for. */
const contents = new WeakMap<MunicipalityPage, ReturnType<typeof service.municipalityContent>>();
function contentOf(ctx: Context, page: MunicipalityPage) {
  let content = contents.get(page);
  if (!content) {
    content = service.municipalityContent(ctx, { id: page.organisationRawId, arenaId: page.arenaRawId });
    contents.set(page, content);
  }
  return content;
}

@Resolver(() => MunicipalityPage)
export class MunicipalityPageResolver {
  @Query(() => MunicipalityPage, {
    nullable: true,
    description:
      "A municipality's page by the arena's slug and the municipality's key, e.g. (gavleborg, hofors-kommun); null when there is none.",
  })
  async municipalityPage(
    @Arg("arena", () => String) arena: string,
    @Arg("municipality", () => String) municipality: string,
    @Ctx() ctx: Context,
  ): Promise<MunicipalityPage | null> {
    const org = await service.municipalityByKeys(ctx, arena, municipality);
    if (!org) return null;
    return Object.assign(new MunicipalityPage(), {
      organisationRawId: org.id,
      arenaRawId: org.arenaId,
      municipality: toOrganisation(org),
    });
  }

  @FieldResolver(() => Arena)
  async arena(@Root() page: MunicipalityPage, @Ctx() ctx: Context) {
    return toArena((await ctx.loaders.arenaById.load(page.arenaRawId))!, ctx.locale);
  }

  @FieldResolver(() => [Idea], {
    description: `Published ideas located in the municipality (the idea's places), newest first; at most ${service.MUNICIPALITY_IDEAS_CAP}. Pilots are those in stage TESTING.`,
  })
  async ideas(@Root() page: MunicipalityPage, @Ctx() ctx: Context) {
    return (await contentOf(ctx, page)).ideas;
  }

  @FieldResolver(() => [PlaceAdoption], { description: "Adoptions of published ideas recorded in the municipality, latest change first." })
  async adoptions(@Root() page: MunicipalityPage, @Ctx() ctx: Context): Promise<PlaceAdoption[]> {
    return (await contentOf(ctx, page)).adoptions.map((r) =>
      Object.assign(new PlaceAdoption(), {
        idea: r.idea,
        status: r.adoption.status as AdoptionStatusEnum,
        note: r.adoption.note,
        updatedAt: r.adoption.updatedAt,
      }),
    );
  }

  @FieldResolver(() => [GoodExample], { description: "The municipality's good examples, oldest first." })
  async goodExamples(@Root() page: MunicipalityPage, @Ctx() ctx: Context) {
    return (await contentOf(ctx, page)).goodExamples;
  }

  @FieldResolver(() => [IndicatorComparison], {
    description:
      "The arena's indicators for the municipality against the county: per indicator its first series, the newest year with a municipal value (total breakdown). Public.",
  })
  indicators(@Root() page: MunicipalityPage, @Ctx() ctx: Context) {
    return municipalityIndicators(ctx, page.arenaRawId, page.organisationRawId);
  }

  @FieldResolver(() => Boolean, { description: "Whether you keep the good examples: the arena's kansli." })
  viewerKeepsGoodExamples(@Root() page: MunicipalityPage, @Ctx() ctx: Context) {
    return service.keepsGoodExamples(ctx, page.arenaRawId);
  }

  @Authorized()
  @Mutation(() => GoodExamplePayload, { description: "The arena's kansli adds a good example to a municipality's page." })
  async createGoodExample(@Arg("input", () => CreateGoodExampleInput) input: CreateGoodExampleInput, @Ctx() ctx: Context) {
    const r = await service.createGoodExample(ctx, input);
    return { goodExample: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => GoodExamplePayload, { description: "The arena's kansli edits a good example (optimistic concurrency on version)." })
  async updateGoodExample(@Arg("input", () => UpdateGoodExampleInput) input: UpdateGoodExampleInput, @Ctx() ctx: Context) {
    const r = await service.updateGoodExample(ctx, input);
    return { goodExample: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeleteGoodExamplePayload, { description: "The arena's kansli removes a good example." })
  async deleteGoodExample(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.deleteGoodExample(ctx, id);
    return { deletedId: r.value, errors: r.errors };
  }
}

/** The arena's municipalities, each linking to its page. */
@Resolver(() => Arena)
export class ArenaMunicipalitiesResolver {
  @FieldResolver(() => [MunicipalitySummary], { description: "The arena's municipalities by name, with what their pages show. Public." })
  async municipalities(@Root() arena: Arena, @Ctx() ctx: Context): Promise<MunicipalitySummary[]> {
    return (await service.municipalitySummaries(ctx, arena.rawId)).map((r) =>
      Object.assign(new MunicipalitySummary(), {
        municipality: toOrganisation(r.org),
        ideaCount: r.ideaCount,
        adoptionCount: r.adoptionCount,
        goodExampleCount: r.goodExampleCount,
      }),
    );
  }
}
