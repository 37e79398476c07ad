import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { Field, ObjectType } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { fromGlobalId, toGlobalId } from "../../graphql/relay.js";
import type { ArenaTopics } from "../../graphql/pubsub.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { Strategy, toStrategy } from "../strategy/strategy.types.js";
import {
  AddBodyMemberInput,
  CreateBodyInput,
  CreateCountyPartInput,
  CreateOrganisationInput,
  UpdateBodyInput,
  UpdateCountyPartInput,
  UpdateOrganisationInput,
} from "./partnership.inputs.js";
import * as service from "./partnership.service.js";
import {
  Arena,
  Body,
  BodyMembership,
  BodyMembershipPayload,
  BodyPayload,
  CountyPart,
  CountyPartPayload,
  DeletePayload,
  Organisation,
  OrganisationPayload,
  toBody,
  toCountyPart,
  toMembership,
  toOrganisation,
} from "./partnership.types.js";

@ObjectType({ description: "Something in an arena's structure changed; refetch what you show." })
export class StructureChange {
  @Field(() => ID)
  arenaId!: string;
  @Field(() => String, { description: "e.g. body.created, organisation.updated" })
  kind!: string;
}

@Resolver(() => Arena)
export class ArenaResolver {
  @Query(() => [Arena], { description: "Every arena of the installation." })
  arenas(@Ctx() ctx: Context) {
    return service.listArenas(ctx);
  }

  @Query(() => Arena, { nullable: true, description: "An arena by its slug, e.g. `gavleborg`." })
  arena(@Arg("slug", () => String) slug: string, @Ctx() ctx: Context) {
    return service.arenaBySlug(ctx, slug);
  }

  @FieldResolver(() => [CountyPart])
  async countyParts(@Root() arena: Arena, @Ctx() ctx: Context) {
    return (await ctx.loaders.countyPartsByArena.load(arena.rawId)).map(toCountyPart);
  }

  @FieldResolver(() => [Organisation])
  async organisations(@Root() arena: Arena, @Ctx() ctx: Context) {
    return (await ctx.loaders.organisationsByArena.load(arena.rawId)).map(toOrganisation);
  }

  @FieldResolver(() => [Body])
  async bodies(@Root() arena: Arena, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.bodiesByArena.load(arena.rawId);
    // Top-level first, then depth-first so that a flat list already reads as a tree.
    const byParent = new Map<string | null, typeof rows>();
    for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
    const out: Body[] = [];
    const walk = (parent: string | null) => {
      for (const r of byParent.get(parent) ?? []) {
        out.push(toBody(r, ctx.locale));
        walk(r.id);
      }
    };
    walk(null);
    return out;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      "The account with exactly this email, for the arena's coordinators and admins (to seat a person or grant a role); null otherwise.",
  })
  personByEmail(@Root() arena: Arena, @Arg("email", () => String) email: string, @Ctx() ctx: Context) {
    return service.personByEmail(ctx, arena.rawId, email);
  }

  @FieldResolver(() => [Strategy])
  async strategies(@Root() arena: Arena, @Ctx() ctx: Context) {
    return (await ctx.loaders.strategiesByArena.load(arena.rawId)).map((r) => toStrategy(r, ctx.locale));
  }

  @Authorized()
  @Subscription(() => StructureChange, {
    topics: "STRUCTURE_CHANGED",
    filter: async ({
      payload,
      args,
      context,
    }: {
      payload: ArenaTopics["STRUCTURE_CHANGED"][0];
      args: { arenaId: string };
      context: Context;
    }) => fromGlobalId(args.arenaId, "Arena")?.id === payload.arenaId && (await context.sessions.isLive(context.sessionToken)),
    description: "Tells open clients that an arena's structure changed.",
  })
  structureChanged(@Root() payload: ArenaTopics["STRUCTURE_CHANGED"][0], @Arg("arenaId", () => ID) _arenaId: string): StructureChange {
    return { arenaId: toGlobalId("Arena", payload.arenaId), kind: payload.kind };
  }
}

@Resolver(() => CountyPart)
export class CountyPartResolver {
  @FieldResolver(() => [Organisation])
  async organisations(@Root() cp: CountyPart, @Ctx() ctx: Context) {
    return (await ctx.loaders.organisationsByCountyPart.load(cp.rawId)).map(toOrganisation);
  }

  @Authorized()
  @Mutation(() => CountyPartPayload, { description: "Coordinators and admins of the arena." })
  async createCountyPart(@Arg("input", () => CreateCountyPartInput) input: CreateCountyPartInput, @Ctx() ctx: Context) {
    const r = await service.createCountyPart(ctx, input);
    return { countyPart: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => CountyPartPayload, { description: "Coordinators and admins of the arena." })
  async updateCountyPart(@Arg("input", () => UpdateCountyPartInput) input: UpdateCountyPartInput, @Ctx() ctx: Context) {
    const r = await service.updateCountyPart(ctx, input);
    return { countyPart: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: "Only a county part that no organisation is in." })
  async deleteCountyPart(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.deleteCountyPart(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => CountyPart, { nullable: true })
  async countyPart(@Root() org: Organisation, @Ctx() ctx: Context) {
    if (!org.countyPartRawId) return null;
    const row = await ctx.loaders.countyPartById.load(org.countyPartRawId);
    return row ? toCountyPart(row) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  contactName(@Root() org: Organisation, @Ctx() ctx: Context) {
    return service.seesContacts(ctx, org.arenaRawId) ? org.contact.name : null;
  }

  @FieldResolver(() => String, { nullable: true })
  contactEmail(@Root() org: Organisation, @Ctx() ctx: Context) {
    return service.seesContacts(ctx, org.arenaRawId) ? org.contact.email : null;
  }

  @Authorized()
  @Mutation(() => OrganisationPayload, { description: "Coordinators and admins of the arena." })
  async createOrganisation(@Arg("input", () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: Context) {
    const r = await service.createOrganisation(ctx, input);
    return { organisation: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => OrganisationPayload, { description: "Coordinators and admins of the arena." })
  async updateOrganisation(@Arg("input", () => UpdateOrganisationInput) input: UpdateOrganisationInput, @Ctx() ctx: Context) {
    const r = await service.updateOrganisation(ctx, input);
    return { organisation: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: "Coordinators and admins of the arena." })
  async deleteOrganisation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.deleteOrganisation(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }
}

@Resolver(() => Body)
export class BodyResolver {
  @FieldResolver(() => Body, { nullable: true })
  async parent(@Root() body: Body, @Ctx() ctx: Context) {
    if (!body.parentRawId) return null;
    const row = await ctx.loaders.bodyById.load(body.parentRawId);
    return row ? toBody(row, ctx.locale) : null;
  }

  @FieldResolver(() => [Body])
  async children(@Root() body: Body, @Ctx() ctx: Context) {
    return (await ctx.loaders.bodiesByParent.load(body.rawId)).map((r) => toBody(r, ctx.locale));
  }

  @FieldResolver(() => CountyPart, { nullable: true })
  async countyPart(@Root() body: Body, @Ctx() ctx: Context) {
    if (!body.countyPartRawId) return null;
    const row = await ctx.loaders.countyPartById.load(body.countyPartRawId);
    return row ? toCountyPart(row) : null;
  }

  @FieldResolver(() => [BodyMembership])
  async memberships(@Root() body: Body, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.membershipsByBody.load(body.rawId);
    // People in bodies are shown to signed-in users only; a seat held by a person alone is then left out.
    return rows.filter((m) => ctx.viewer !== null || m.organisationId !== null).map(toMembership);
  }

  @Authorized()
  @Mutation(() => BodyPayload, { description: "Coordinators and admins of the arena." })
  async createBody(@Arg("input", () => CreateBodyInput) input: CreateBodyInput, @Ctx() ctx: Context) {
    const r = await service.createBody(ctx, input);
    return { body: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => BodyPayload, {
    description: "Coordinators and admins of the arena. Moving a body under one of its own sub-bodies is refused.",
  })
  async updateBody(@Arg("input", () => UpdateBodyInput) input: UpdateBodyInput, @Ctx() ctx: Context) {
    const r = await service.updateBody(ctx, input);
    return { body: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: "Only a body without sub-bodies." })
  async deleteBody(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.deleteBody(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => BodyMembershipPayload, { description: "Seat an organisation or a person in a body." })
  async addBodyMember(@Arg("input", () => AddBodyMemberInput) input: AddBodyMemberInput, @Ctx() ctx: Context) {
    const r = await service.addBodyMember(ctx, input);
    const body = r.bodyRawId ? await ctx.loaders.bodyById.load(r.bodyRawId) : null;
    return { membership: r.value, body: body ? toBody(body, ctx.locale) : null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload)
  async removeBodyMember(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.removeBodyMember(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }
}

@Resolver(() => BodyMembership)
export class BodyMembershipResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  async organisation(@Root() m: BodyMembership, @Ctx() ctx: Context) {
    if (!m.organisationRawId) return null;
    const row = await ctx.loaders.organisationById.load(m.organisationRawId);
    return row ? toOrganisation(row) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  async person(@Root() m: BodyMembership, @Ctx() ctx: Context) {
    if (!m.userRawId) return null;
    // People in bodies are shown to signed-in users only.
    if (!ctx.viewer) return null;
    const row = await ctx.loaders.userById.load(m.userRawId);
    return row ? toUser(row) : null;
  }
}
