import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Arena, toArena } from "../partnership/partnership.types.js";
import { RegisterInput, RoleInput, SignInInput, UsersArgs } from "./accounts.inputs.js";
import * as service from "./accounts.service.js";
import { NEUTRAL_NAME } from "./personal-data.service.js";
import { PRIVACY_NOTICE_VERSION } from "./accounts.vocabulary.js";
import { AuthPayload, RoleGrant, RolePayload, SignOutPayload, User, UserConnection } from "./accounts.types.js";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in person, or null." })
  me(@Ctx() ctx: Context) {
    return service.me(ctx);
  }

  @Query(() => String, {
    description: "The version (a date) of the privacy notice in force: the one a person confirms having read at registration.",
  })
  privacyNoticeVersion() {
    return PRIVACY_NOTICE_VERSION;
  }

  @Authorized("ADMIN")
  @Query(() => UserConnection, { description: "Accounts, for administrators." })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: Context) {
    return service.listUsers(ctx, args);
  }

  @FieldResolver(() => String, { description: "A deleted account's records stand under a neutral name." })
  name(@Root() user: User, @Ctx() ctx: Context) {
    return user.isDeleted ? NEUTRAL_NAME[ctx.locale] : user.name;
  }

  @FieldResolver(() => [RoleGrant], { nullable: true })
  roles(@Root() user: User, @Ctx() ctx: Context) {
    return service.rolesOf(ctx, user);
  }

  @Mutation(() => AuthPayload, { description: "Create an account and sign in. Rate-limited per IP." })
  async register(@Arg("input", () => RegisterInput) input: RegisterInput, @Ctx() ctx: Context) {
    const r = await service.register(ctx, input);
    return { user: r.value, errors: r.errors };
  }

  @Mutation(() => AuthPayload, {
    description: "Sign in; sets an HttpOnly session cookie. Failures are rate-limited per IP and per account.",
  })
  async signIn(@Arg("input", () => SignInInput) input: SignInInput, @Ctx() ctx: Context) {
    const r = await service.signIn(ctx, input);
    return { user: r.value, errors: r.errors };
  }

  @Mutation(() => SignOutPayload)
  signOut(@Ctx() ctx: Context) {
    return service.signOut(ctx);
  }

  @Authorized()
  @Mutation(() => RolePayload, { description: "Admins of the arena." })
  async grantRole(@Arg("input", () => RoleInput) input: RoleInput, @Ctx() ctx: Context) {
    const r = await service.grantRole(ctx, input);
    return { user: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => RolePayload, { description: "Admins of the arena. The last admin of an arena cannot be removed." })
  async revokeRole(@Arg("input", () => RoleInput) input: RoleInput, @Ctx() ctx: Context) {
    const r = await service.revokeRole(ctx, input);
    return { user: r.value, errors: r.errors };
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Arena)
  async arena(@Root() grant: RoleGrant, @Ctx() ctx: Context) {
    const row = await ctx.loaders.arenaById.load(grant.arenaRawId);
    return row ? toArena(row, ctx.locale) : null;
  }
}
