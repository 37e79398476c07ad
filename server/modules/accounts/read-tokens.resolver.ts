import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { CreateReadTokenInput } from "./read-tokens.inputs.js";
import * as service from "./read-tokens.service.js";
import { CreateReadTokenPayload, ReadToken, ReadTokenPayload } from "./read-tokens.types.js";

@Resolver(() => ReadToken)
export class ReadTokenResolver {
  @Authorized()
  @Query(() => [ReadToken], { description: "Your personal read tokens, newest first, revoked and expired ones included." })
  myReadTokens(@Ctx() ctx: Context) {
    return service.myReadTokens(ctx);
  }

  @Query(() => Boolean, { description: "Whether you may create read tokens: researchers and administrators may." })
  mayCreateReadTokens(@Ctx() ctx: Context) {
    return service.mayCreateReadTokens(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => CreateReadTokenPayload, {
    description:
      "A researcher or administrator creates a personal read token for the GraphQL API: read-only, with your permissions, valid at most a year. The token is in the answer once.",
  })
  async createReadToken(@Arg("input", () => CreateReadTokenInput) input: CreateReadTokenInput, @Ctx() ctx: Context) {
    const r = await service.createReadToken(ctx, input);
    return { readToken: r.value?.readToken ?? null, token: r.value?.token ?? null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => ReadTokenPayload, {
    description: "Revoke one of your read tokens; requests with it are refused from now on. Idempotent.",
  })
  async revokeReadToken(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.revokeReadToken(ctx, id);
    return { readToken: r.value, errors: r.errors };
  }
}
