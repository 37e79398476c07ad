import { GraphQLError } from "graphql";
import { Field, ObjectType } from "type-graphql";
import type { Locale } from "../modules/accounts/accounts.tables.js";
import { type MessageCode, message } from "./messages.js";

/** An expected failure, returned as data in a mutation payload. */
@ObjectType({ description: "An expected failure of a mutation: validation, conflict or wrong state." })
export class UserError {
  @Field(() => String, {
    nullable: true,
    description: "The input field it concerns, as a path (e.g. `input.email`), or null for the whole request.",
  })
  field!: string | null;

  @Field(() => String, { description: "Stable machine-readable code, e.g. TOO_SHORT, EMAIL_TAKEN." })
  code!: string;

  @Field(() => String, { description: "Human-readable message in the caller's language." })
  message!: string;
}

export function userError(locale: Locale, field: string | null, code: MessageCode, params?: Record<string, string | number>): UserError {
  return Object.assign(new UserError(), { field, code, message: message(code, locale, params) });
}

/**
 * Thrown when a payload must carry errors: the service throws it inside its transaction
 * (so the transaction rolls back) and the resolver turns it into `errors`.
 */
export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => `${e.field ?? ""}: ${e.code}`).join("; "));
  }
}

/** Ends a mutation's transaction with one payload error on a field. */
export function fail(locale: Locale, field: string | null, code: MessageCode, params?: Record<string, string | number>): never {
  throw new UserErrors([userError(locale, field, code, params)]);
}

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT";

export function apiError(code: ErrorCode, locale: Locale): GraphQLError {
  const msg = code === "BAD_USER_INPUT" ? "Bad input" : message(code, locale);
  return new GraphQLError(msg, { extensions: { code } });
}

export const KNOWN_CODES = new Set<string>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  "QUERY_TOO_COMPLEX",
  // The request's deadline passed, or the server's queue was full (both HTTP 503 with Retry-After).
  "TIMEOUT",
  "SERVER_BUSY",
  "RATE_LIMITED",
]);
