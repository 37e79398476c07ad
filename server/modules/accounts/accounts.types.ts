import { Authorized, Field, ID, ObjectType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { SectorEnum } from "../partnership/partnership.vocabulary.js";
import { RoleEnum } from "./accounts.vocabulary.js";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import { Arena } from "../partnership/partnership.types.js";
import type { UserRow, roleGrants } from "./accounts.tables.js";

@ObjectType({ description: "A role held in one arena." })
export class RoleGrant {
  arenaRawId!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;

  @Field(() => Arena)
  arena?: Arena;
}

@ObjectType({ implements: Node, description: "A person with an account." })
export class User extends Node {
  rawId!: string;
  /** Deleted at the person's request: shown under a neutral name. */
  isDeleted!: boolean;

  @Field(() => String)
  name!: string;

  @Authorized("SELF_OR_ADMIN")
  @Field(() => String, { nullable: true, description: "Visible to the person and to administrators only." })
  email!: string | null;

  @Field(() => String, { description: "The organisation the person says they come from (free text)." })
  organisation!: string;

  @Field(() => SectorEnum)
  sector!: SectorEnum;

  @Authorized("SELF_OR_ADMIN")
  @Field(() => [RoleGrant], { nullable: true, description: "Roles per arena; visible to the person and to administrators." })
  roles?: RoleGrant[];

  @Authorized("SELF_OR_ADMIN")
  @Field(() => DateTimeResolver, { nullable: true })
  createdAt!: Date | null;
}

export const UserConnection = connectionType("User", User);

export function toUser(row: UserRow): User {
  return Object.assign(new User(), {
    __typename: "User",
    id: toGlobalId("User", row.id),
    rawId: row.id,
    isDeleted: Boolean(row.deletedAt),
    name: row.name,
    email: row.email,
    organisation: row.organisation,
    sector: row.sector as SectorEnum,
    createdAt: row.createdAt,
  });
}

export function toRoleGrant(row: Pick<typeof roleGrants.$inferSelect, "id" | "arenaId" | "role">): RoleGrant {
  return Object.assign(new RoleGrant(), { id: toGlobalId("RoleGrant", row.id), arenaRawId: row.arenaId, role: row.role as RoleEnum });
}

@ObjectType()
export class AuthPayload {
  @Field(() => User, { nullable: true, description: "The signed-in person, when it worked." })
  user!: User | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class SignOutPayload {
  @Field(() => Boolean)
  signedOut!: boolean;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class RolePayload {
  @Field(() => User, { nullable: true })
  user!: User | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class AccountPayload {
  @Field(() => User, { nullable: true })
  user!: User | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class PasswordResetRequestPayload {
  @Field(() => Boolean, {
    description: "Always true once the request is valid: whether the address has an account is not told.",
  })
  requested!: boolean;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ChangeEmailPayload {
  @Field(() => String, { nullable: true, description: "The new address, waiting for its confirmation by mail." })
  pendingEmail!: string | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class PersonalDataPayload {
  @Field(() => String, { nullable: true, description: "The person's data as a JSON document." })
  json!: string | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class DeleteAccountPayload {
  @Field(() => Boolean)
  deleted!: boolean;
  @Field(() => [UserError])
  errors!: UserError[];
}
