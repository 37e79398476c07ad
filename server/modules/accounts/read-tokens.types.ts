import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { toGlobalId } from "../../graphql/relay.js";
import type { readTokens } from "../../auth/read-tokens.tables.js";

@ObjectType({
  description: "A personal read token for the GraphQL API: its owner's permissions, reading only. The token itself is shown once.",
})
export class ReadToken {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String, { description: "The token's first characters, to recognise it by." })
  displayPrefix!: string;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver)
  expiresAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true, description: "To the minute." })
  lastUsedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt!: Date | null;
  @Field(() => Boolean, { description: "Neither revoked nor expired." })
  active!: boolean;
}

export const toReadToken = (r: typeof readTokens.$inferSelect, now: Date): ReadToken =>
  Object.assign(new ReadToken(), {
    id: toGlobalId("ReadToken", r.id),
    name: r.name,
    displayPrefix: r.displayPrefix,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
    active: r.revokedAt === null && r.expiresAt > now,
  });

@ObjectType()
export class CreateReadTokenPayload {
  @Field(() => ReadToken, { nullable: true })
  readToken!: ReadToken | null;
  @Field(() => String, {
    nullable: true,
    description: "The token: shown this once, never stored. Send it as `Authorization: Bearer <token>`.",
  })
  token!: string | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ReadTokenPayload {
  @Field(() => ReadToken, { nullable: true })
  readToken!: ReadToken | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
