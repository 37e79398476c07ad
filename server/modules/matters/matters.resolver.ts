import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import { learningById } from "../learning/learning.service.js";
import { Learning } from "../learning/learning.types.js";
import { Arena, Body, toArena, toBody } from "../partnership/partnership.types.js";
import { evaluationById } from "../research/evaluations.service.js";
import { Evaluation } from "../research/research.types.js";
import { cycleById } from "../testing/cycles.service.js";
import { TestCycle } from "../testing/cycles.types.js";
import { removeMatterAttachment } from "./attachments.service.js";
import {
  AssignPreparerInput,
  CreateMatterInput,
  LinkToMatterInput,
  MatterReasonInput,
  MattersArgs,
  PlaceMatterInput,
  UpdateMatterBasisInput,
} from "./matters.inputs.js";
import * as preparation from "./preparation.service.js";
import { readsInternals } from "./matters.access.js";
import { rightsIn } from "./matters.read.js";
import { permissionsFor } from "./matters.rules.js";
import * as service from "./matters.service.js";
import { matterTimeline } from "./matters.timeline.js";
import {
  Matter,
  MatterAttachment,
  MatterConnection,
  MatterEvent,
  MatterLink,
  MatterPayload,
  MatterPermissions,
  toAttachment,
  toMatterLink,
} from "./matters.types.js";

type Result = { value: Matter | null; errors: MatterPayload["errors"] };
export const matterPayload = (r: Result): MatterPayload => ({ matter: r.value, errors: r.errors });

@Resolver(() => Matter)
export class MatterResolver {
  @Query(() => Matter, {
    nullable: true,
    description: "A matter by its number in an arena; null when it does not exist or you may not read it.",
  })
  matter(@Arg("arenaSlug", () => String) arenaSlug: string, @Arg("number", () => Int) number: number, @Ctx() ctx: Context) {
    return service.matterByNumber(ctx, arenaSlug, number);
  }

  @FieldResolver(() => Arena)
  async arena(@Root() m: Matter, @Ctx() ctx: Context) {
    return toArena((await ctx.loaders.arenaById.load(m.arenaRawId))!, ctx.locale);
  }

  @FieldResolver(() => Body, { nullable: true, description: "The body it is placed at (and decided by)." })
  async body(@Root() m: Matter, @Ctx() ctx: Context) {
    const row = m.bodyRawId ? await ctx.loaders.bodyById.load(m.bodyRawId) : null;
    return row ? toBody(row, ctx.locale) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "The member of the beredningsorgan who prepares it; to the arena's kansli, beredning and bodies' members.",
  })
  async preparer(@Root() m: Matter, @Ctx() ctx: Context) {
    if (m.access !== "internal" || !m.preparerRawId) return null;
    const row = await ctx.loaders.userById.load(m.preparerRawId);
    return row ? toUser(row) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Internal notes of the preparation: to the arena's kansli, beredning and bodies' members only, never public.",
  })
  preparationNotes(@Root() m: Matter) {
    return m.access === "internal" ? m.notes : null;
  }

  @FieldResolver(() => [MatterLink], { description: "What it came from and what it links to, origin first." })
  async links(@Root() m: Matter, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.matterLinksByMatter.load(m.rawId);
    return [...rows].sort((a, b) => Number(b.isOrigin) - Number(a.isOrigin)).map(toMatterLink);
  }

  @FieldResolver(() => [MatterAttachment], {
    nullable: true,
    description: "Basis documents; to the arena's kansli, beredning and bodies' members (null to others).",
  })
  async attachments(@Root() m: Matter, @Ctx() ctx: Context) {
    if (m.access !== "internal") return null;
    return (await ctx.loaders.attachmentsByMatter.load(m.rawId)).map(toAttachment);
  }

  @FieldResolver(() => [MatterEvent], { description: "Its steps, oldest first, as you may read them." })
  timeline(@Root() m: Matter, @Ctx() ctx: Context) {
    return matterTimeline(ctx, m);
  }

  @FieldResolver(() => MatterPermissions)
  async viewerCan(@Root() m: Matter, @Ctx() ctx: Context): Promise<MatterPermissions> {
    return permissionsFor(await rightsIn(ctx, m.arenaRawId), m.stage);
  }

  @Authorized()
  @Mutation(() => MatterPayload, {
    description:
      "Opens a matter. With an origin (an idea, a test cycle, a learning or an evaluation of the arena), the kansli turns it into a matter in one action; without one, the kansli or a member of one of the arena's bodies writes it from scratch.",
  })
  async createMatter(@Arg("input", () => CreateMatterInput) input: CreateMatterInput, @Ctx() ctx: Context) {
    return matterPayload(await service.createMatter(ctx, input));
  }

  @Authorized()
  @Mutation(() => MatterPayload, {
    description:
      "The kansli names the member of the beredningsorgan who prepares the matter: it moves into preparation (or changes hands there), and the preparer is notified and mailed.",
  })
  async assignMatterPreparer(@Arg("input", () => AssignPreparerInput) input: AssignPreparerInput, @Ctx() ctx: Context) {
    return matterPayload(await preparation.assignPreparer(ctx, input));
  }

  @Authorized()
  @Mutation(() => MatterPayload, {
    description:
      "The beredning or the kansli writes the basis for the decision, until the matter is on an agenda. Based on an older version, it is refused (MATTER_STALE_EDIT) and nothing is saved.",
  })
  async updateMatterBasis(@Arg("input", () => UpdateMatterBasisInput) input: UpdateMatterBasisInput, @Ctx() ctx: Context) {
    return matterPayload(await preparation.updateMatterBasis(ctx, input));
  }

  @Authorized()
  @Mutation(() => MatterPayload, {
    description: "A member of the beredningsorgan places the prepared matter at the body of the arena that decides it.",
  })
  async placeMatter(@Arg("input", () => PlaceMatterInput) input: PlaceMatterInput, @Ctx() ctx: Context) {
    return matterPayload(await preparation.placeMatter(ctx, input));
  }

  @Authorized()
  @Mutation(() => MatterPayload, { description: "The kansli or the beredning returns a placed matter for more preparation, saying why." })
  async returnMatter(@Arg("input", () => MatterReasonInput) input: MatterReasonInput, @Ctx() ctx: Context) {
    return matterPayload(await preparation.returnMatter(ctx, input));
  }

  @Authorized()
  @Mutation(() => MatterPayload, { description: "The kansli withdraws a matter still being worked on, saying why." })
  async withdrawMatter(@Arg("input", () => MatterReasonInput) input: MatterReasonInput, @Ctx() ctx: Context) {
    return matterPayload(await preparation.withdrawMatter(ctx, input));
  }

  @Authorized()
  @Mutation(() => MatterPayload, {
    description: "Links a test cycle, an evaluation, a learning or an idea of the arena to the matter: linked, not copied. Idempotent.",
  })
  async linkToMatter(@Arg("input", () => LinkToMatterInput) input: LinkToMatterInput, @Ctx() ctx: Context) {
    return matterPayload(await preparation.linkToMatter(ctx, input));
  }

  @Authorized()
  @Mutation(() => MatterPayload, { description: "Removes a link added in preparation; the origin stays." })
  async unlinkFromMatter(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return matterPayload(await preparation.unlinkFromMatter(ctx, id));
  }

  @Authorized()
  @Mutation(() => MatterPayload, {
    description: "Removes a basis document. Documents are uploaded with POST /files/matters/{matterId}/attachments.",
  })
  async removeMatterAttachment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return matterPayload(await removeMatterAttachment(ctx, id));
  }
}

@Resolver(() => MatterLink)
export class MatterLinkResolver {
  @FieldResolver(() => Idea, { nullable: true, description: "The idea it belongs to; null when you may not read it." })
  idea(@Root() l: MatterLink, @Ctx() ctx: Context) {
    return l.ideaRawId ? ideaById(ctx, l.ideaRawId) : null;
  }

  @FieldResolver(() => TestCycle, {
    nullable: true,
    description: "The linked test cycle, as it stands now; null when you may not read it.",
  })
  cycle(@Root() l: MatterLink, @Ctx() ctx: Context) {
    return l.kind === "cycle" ? cycleById(ctx, l.targetRawId) : null;
  }

  @FieldResolver(() => Learning, { nullable: true, description: "The linked learning, as it stands now; null when you may not read it." })
  learning(@Root() l: MatterLink, @Ctx() ctx: Context) {
    return l.kind === "learning" ? learningById(ctx, l.targetRawId) : null;
  }

  @FieldResolver(() => Evaluation, {
    nullable: true,
    description: "The linked evaluation, as it stands now; null when you may not read it.",
  })
  evaluation(@Root() l: MatterLink, @Ctx() ctx: Context) {
    return l.kind === "evaluation" ? evaluationById(ctx, l.targetRawId) : null;
  }
}

@Resolver(() => Arena)
export class ArenaMattersResolver {
  @FieldResolver(() => MatterConnection, {
    description:
      "The arena's matters you may read, newest first: all of them for its kansli, beredning and bodies' members (the matters board); the matters of your ideas and those with a public decision for others.",
  })
  matters(@Root() arena: Arena, @Args(() => MattersArgs) args: MattersArgs, @Ctx() ctx: Context) {
    return service.arenaMatters(ctx, arena.rawId, args);
  }

  @FieldResolver(() => Boolean, { description: "Whether you read the arena's matters in full: its kansli, beredning and bodies' members." })
  async viewerReadsMatters(@Root() arena: Arena, @Ctx() ctx: Context) {
    return readsInternals(await rightsIn(ctx, arena.rawId));
  }
}

@Resolver(() => Idea)
export class IdeaMattersResolver {
  @FieldResolver(() => [Matter], {
    description: "The matters the idea is linked to that you may read, oldest first (“Ärenden och beslut”).",
  })
  matters(@Root() idea: Idea, @Ctx() ctx: Context) {
    return service.ideaMatters(ctx, idea);
  }
}
