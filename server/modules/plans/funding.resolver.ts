import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Matter } from "../matters/matters.types.js";
import { Arena, Organisation, toOrganisation } from "../partnership/partnership.types.js";
import { PlanActivity } from "./plans.types.js";
import { CreateFundingPlanInput, RecordFundingEntryInput, SetDistributionKeyInput } from "./funding.inputs.js";
import * as service from "./funding.service.js";
import {
  DistributionKey,
  DistributionKeyPayload,
  DistributionShare,
  FundingEntry,
  FundingParty,
  FundingPlan,
  FundingPlanPayload,
  FundingYear,
} from "./funding.types.js";

async function organisationOf(ctx: Context, rawId: string) {
  return toOrganisation((await ctx.loaders.organisationById.load(rawId))!);
}

@Resolver(() => FundingParty)
export class FundingPartyResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() p: FundingParty, @Ctx() ctx: Context) {
    return organisationOf(ctx, p.organisationRawId);
  }
}

@Resolver(() => DistributionShare)
export class DistributionShareResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() s: DistributionShare, @Ctx() ctx: Context) {
    return organisationOf(ctx, s.organisationRawId);
  }
}

@Resolver(() => FundingEntry)
export class FundingEntryResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() e: FundingEntry, @Ctx() ctx: Context) {
    return organisationOf(ctx, e.organisationRawId);
  }
}

@Resolver(() => FundingPlan)
export class FundingPlanResolver {
  @Authorized()
  @Mutation(() => DistributionKeyPayload, {
    description:
      "The kansli records a new version of the arena's distribution key for a year, as an approving decision of a matter set it.",
  })
  async setDistributionKey(@Arg("input", () => SetDistributionKeyInput) input: SetDistributionKeyInput, @Ctx() ctx: Context) {
    const r = await service.setDistributionKey(ctx, input);
    return { key: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => FundingPlanPayload, {
    description: "The kansli makes a funding plan; the municipalities' part is split by the key in force, pinned to the plan.",
  })
  async createFundingPlan(@Arg("input", () => CreateFundingPlanInput) input: CreateFundingPlanInput, @Ctx() ctx: Context) {
    const r = await service.createFundingPlan(ctx, input);
    return { plan: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => FundingPlanPayload, { description: "The kansli records a party's actual cost or payment against a plan." })
  async recordFundingEntry(@Arg("input", () => RecordFundingEntryInput) input: RecordFundingEntryInput, @Ctx() ctx: Context) {
    const r = await service.recordFundingEntry(ctx, input);
    return { plan: r.value, errors: r.errors };
  }
}

@Resolver(() => Arena)
export class ArenaFundingResolver {
  @FieldResolver(() => FundingYear, {
    nullable: true,
    description: "The year's co-funding per party and plan: for the partnership's members and the kansli, null for others.",
  })
  fundingYear(@Root() arena: Arena, @Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    return service.fundingYear(ctx, arena.rawId, year);
  }

  @FieldResolver(() => [DistributionKey], {
    nullable: true,
    description: "Every version of the year's distribution key, latest first: for the partnership's members and the kansli.",
  })
  distributionKeys(@Root() arena: Arena, @Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    return service.distributionKeysOf(ctx, arena.rawId, year);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may read funding per party: the partnership's members and the kansli." })
  viewerMayReadFunding(@Root() arena: Arena, @Ctx() ctx: Context) {
    return service.mayReadFunding(ctx, arena.rawId);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may set keys, make funding plans and record costs and payments: the kansli." })
  viewerMayManageFunding(@Root() arena: Arena, @Ctx() ctx: Context) {
    return service.mayManageFunding(ctx, arena.rawId);
  }
}

@Resolver(() => Matter)
export class MatterFundingResolver {
  @FieldResolver(() => [FundingPlan], {
    nullable: true,
    description: "The matter's funding plans: for the partnership's members and the kansli, null for others.",
  })
  fundingPlans(@Root() m: Matter, @Ctx() ctx: Context) {
    return service.matterFunding(ctx, m.rawId, m.arenaRawId);
  }
}

@Resolver(() => PlanActivity)
export class PlanActivityFundingResolver {
  @FieldResolver(() => [FundingPlan], {
    nullable: true,
    description: "The activity's funding plans: for the partnership's members and the kansli, null for others.",
  })
  fundingPlans(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return service.activityFundingPlans(ctx, a.rawId, a.arenaRawId);
  }
}
