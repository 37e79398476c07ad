import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Arena } from "../partnership/partnership.types.js";
import { arenaIndicators } from "./indicators.read.js";
import { Indicator } from "./indicators.types.js";

@Resolver(() => Arena)
export class ArenaIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: "The indicators the arena follows: SKR's 22 first, then its own. Public." })
  indicators(@Root() arena: Arena, @Ctx() ctx: Context) {
    return arenaIndicators(ctx, arena.rawId);
  }
}
