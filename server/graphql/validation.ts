import {
  ArrayNotEmpty,
  IsEmail,
  IsIn,
  IsInt,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  type ValidationError,
  validate,
} from "class-validator";
import {
  type GraphQLArgument,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  defaultFieldResolver,
} from "graphql";
import { Extensions, getMetadataStorage } from "type-graphql";
import type { Locale } from "../modules/accounts/accounts.tables.js";
import { type UserError, UserErrors, userError } from "./errors.js";
import { type MessageCode, message } from "./messages.js";

/*
 * class-validator rules whose messages are tokens ("CODE|{params}") instead of English
 * prose, so that validateInput can render them in the caller's language.
 */
const token = (code: MessageCode, params: Record<string, number> = {}) => ({ message: `${code}|${JSON.stringify(params)}` });

/** Trimmed length between min and max; min 1 means required. */
export function Length(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    MinLength(min, token(min <= 1 ? "REQUIRED" : "TOO_SHORT", { min }))(target, key);
    MaxLength(max, token("TOO_LONG", { max }))(target, key);
  };
}

/** Single-line fields by class prototype (see SingleLine). */
const singleLineFields = new WeakMap<object, Set<string>>();

/**
 * A text of one line (a name, title, address, key or search): besides the control characters
 * refused everywhere, it may hold no line break or tab (except around it, where trimming
 * removes them). refuseControlCharacters reads it from the field's GraphQL extensions, and
 * for input types from here as well: type-graphql drops the extensions of inherited input
 * fields (UpdateIdeaInput's title comes from IdeaFieldsInput).
 */
export const SingleLine = (): PropertyDecorator => (target, key) => {
  Extensions({ text: "line" })(target, key);
  const fields = singleLineFields.get(target) ?? new Set<string>();
  fields.add(String(key));
  singleLineFields.set(target, fields);
};
function markedSingleLine(cls: (new () => unknown) | undefined, field: string): boolean {
  for (let p = cls?.prototype as object | null | undefined; p; p = Object.getPrototypeOf(p) as object | null)
    if (singleLineFields.get(p)?.has(field) === true) return true;
  return false;
}
const both =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const d of decorators) d(target, key);
  };
export const Email = (): PropertyDecorator => both(IsEmail({}, token("INVALID_EMAIL")), SingleLine());
/** An absolute http(s) address. */
export const Url = (): PropertyDecorator =>
  both(IsUrl({ protocols: ["http", "https"], require_protocol: true }, token("INVALID_URL")), SingleLine());
/** Empty means "none": the field's other rules apply to a filled-in value only. */
export const WhenFilled = (): PropertyDecorator => (target, key) =>
  ValidateIf((o: Record<string, unknown>) => typeof o[String(key)] === "string" && o[String(key)] !== "")(target, key);
export const OneOf = (values: readonly string[], opts: { each?: boolean } = {}): PropertyDecorator =>
  IsIn([...values], { ...token("INVALID_CHOICE"), ...opts });
/** A list with at least one item. */
export const NonEmpty = (): PropertyDecorator => ArrayNotEmpty(token("REQUIRED"));
export const Key = (): PropertyDecorator => both(Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, token("INVALID_KEY")), SingleLine());
export const Code = (): PropertyDecorator => both(Matches(/^\d+(?:\.\d+)*$/, token("INVALID_CODE")), SingleLine());
export function IntRange(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    IsInt(token("OUT_OF_RANGE", { min, max }))(target, key);
    Min(min, token("OUT_OF_RANGE", { min, max }))(target, key);
    Max(max, token("OUT_OF_RANGE", { min, max }))(target, key);
  };
}

/** A measured value within ±1e12: beyond that, differences between values stop being numbers. */
export function MeasureValue(): PropertyDecorator {
  return (target, key) => {
    Min(-1e12, token("VALUE_RANGE"))(target, key);
    Max(1e12, token("VALUE_RANGE"))(target, key);
  };
}

function collect(errors: ValidationError[], prefix: string, locale: Locale, out: UserError[]) {
  for (const e of errors) {
    const field = `${prefix}.${e.property}`;
    // One message per field: the first rule that failed.
    const first = Object.values(e.constraints ?? {})[0];
    if (first) {
      const [code, params] = first.split("|") as [MessageCode, string | undefined];
      out.push(userError(locale, field, code, params ? (JSON.parse(params) as Record<string, number>) : {}));
    }
    if (e.children && e.children.length > 0) collect(e.children, field, locale, out);
  }
}

/** Trims strings in place, then validates; throws UserErrors listing every bad field. */
export async function validateInput(input: object, locale: Locale, prefix = "input"): Promise<void> {
  for (const [k, v] of Object.entries(input)) {
    // Passwords are taken exactly as typed.
    if (typeof v === "string" && !/password/i.test(k)) (input as Record<string, unknown>)[k] = v.trim();
  }
  const errors = await validate(input, { skipMissingProperties: true, forbidUnknownValues: false });
  const out: UserError[] = [];
  collect(errors, prefix, locale, out);
  if (out.length > 0) throw new UserErrors(out);
}

// ---- control characters, refused where input enters ----

/**
 * C0 and C1 control characters other than tab, line feed and carriage return. PostgreSQL
 * cannot store U+0000 in text at all (the statement fails), and none of them belongs in
 * what people write.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

export function hasForbiddenCharacters(text: string, singleLine: boolean): boolean {
  return CONTROL.test(text) || (singleLine && LINE_BREAK_OR_TAB.test(text.trim()));
}

/*
 * Kinds of types told apart by their class's name, not graphql's is* predicates: the schema is
 * built by type-graphql with graphql's CommonJS build, and this module may load the ESM one,
 * whose instanceof checks refuse the other's types.
 */
type AnyType = GraphQLInputType | GraphQLOutputType | GraphQLNamedType;
const kindOf = (t: AnyType) => t.constructor.name;
const nullable = <T extends AnyType>(t: T): T => (kindOf(t) === "GraphQLNonNull" ? (t as unknown as { ofType: T }).ofType : t);
const isList = (t: AnyType): t is AnyType & { ofType: GraphQLInputType } => kindOf(t) === "GraphQLList";

const isSingleLine = (f: GraphQLArgument | GraphQLInputField) => (f.extensions as { text?: string } | undefined)?.text === "line";

/** Strings anywhere in a value of a scalar of our own (e.g. JSON): free text. */
function controlInValue(value: unknown, path: string): string | null {
  if (typeof value === "string") return hasForbiddenCharacters(value, false) ? path : null;
  if (value !== null && typeof value === "object" && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) {
      const at = controlInValue(v, `${path}.${k}`);
      if (at !== null) return at;
    }
  return null;
}

/** Whether a field of an input type (by the type's name) is single-line. */
type LineRule = (typeName: string, field: GraphQLInputField) => boolean;

/** The path of the first string in an argument value that holds a forbidden character, or null. */
function controlIn(value: unknown, type: GraphQLInputType, path: string, singleLine: boolean, lines: LineRule): string | null {
  if (value === null || value === undefined) return null;
  const t = nullable(type);
  if (isList(t)) {
    if (!Array.isArray(value)) return controlIn(value, t.ofType, path, singleLine, lines);
    for (let i = 0; i < value.length; i++) {
      const at = controlIn(value[i], t.ofType, `${path}.${i}`, singleLine, lines);
      if (at !== null) return at;
    }
    return null;
  }
  if (kindOf(t) === "GraphQLInputObjectType") {
    const name = (t as GraphQLInputObjectType).name;
    for (const f of Object.values((t as GraphQLInputObjectType).getFields())) {
      const at = controlIn((value as Record<string, unknown>)[f.name], f.type, `${path}.${f.name}`, lines(name, f), lines);
      if (at !== null) return at;
    }
    return null;
  }
  if (kindOf(t) === "GraphQLScalarType") {
    if (typeof value === "string") return hasForbiddenCharacters(value, singleLine || (t as GraphQLNamedType).name === "ID") ? path : null;
    return controlInValue(value, path);
  }
  return null; // enums are checked by GraphQL itself
}

/**
 * What a mutation answers when an argument holds a forbidden character: its payload with the
 * error on that field, or null when the payload cannot be built without the resolver.
 */
function payloadFor(type: GraphQLOutputType): ((error: UserError) => Record<string, unknown>) | null {
  const t = nullable(type);
  if (kindOf(t) !== "GraphQLObjectType") return null;
  const fields = Object.values((t as GraphQLObjectType).getFields());
  if (!fields.some((f) => f.name === "errors")) return null;
  const required = fields.filter((f) => f.name !== "errors" && kindOf(f.type) === "GraphQLNonNull");
  if (required.some((f) => !isList(nullable(f.type)))) return null;
  return (error) => ({ ...Object.fromEntries(required.map((f) => [f.name, []])), errors: [error] });
}

/**
 * Refuses control characters (and, in single-line fields, line breaks and tabs) in every
 * argument of every field, once, before any resolver runs: nothing is written and no
 * statement is sent. Mutations answer with a payload error on the field
 * (CONTROL_CHARACTERS); queries and subscriptions with BAD_USER_INPUT naming the field.
 */
export function refuseControlCharacters(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  const inputClasses = new Map(getMetadataStorage().inputTypes.map((t) => [t.name, t.target as new () => unknown]));
  const lines: LineRule = (typeName, f) => isSingleLine(f) || markedSingleLine(inputClasses.get(typeName), f.name);
  for (const type of Object.values(schema.getTypeMap())) {
    if (kindOf(type) !== "GraphQLObjectType" || type.name.startsWith("__")) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields()) as GraphQLField<unknown, { locale: Locale }>[]) {
      if (field.args.length === 0) continue;
      const check = (args: Record<string, unknown>) => {
        for (const a of field.args) {
          const at = controlIn(args[a.name], a.type, a.name, isSingleLine(a), lines);
          if (at !== null) return at;
        }
        return null;
      };
      const refused = (locale: Locale, at: string) =>
        new GraphQLError(message("CONTROL_CHARACTERS", locale), { extensions: { code: "BAD_USER_INPUT", field: at } });
      const payload = type === mutation ? payloadFor(field.type) : null;
      const resolve: GraphQLFieldResolver<unknown, { locale: Locale }> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const at = check(args);
        if (at === null) return resolve(source, args, ctx, info);
        if (payload) return payload(userError(ctx.locale, at, "CONTROL_CHARACTERS"));
        throw refused(ctx.locale, at);
      };
      const subscribe = field.subscribe;
      if (subscribe)
        field.subscribe = (source, args, ctx, info) => {
          const at = check(args);
          if (at !== null) throw refused(ctx.locale, at);
          return subscribe(source, args, ctx, info);
        };
    }
  }
  return schema;
}
