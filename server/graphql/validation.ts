import { IsEmail, IsIn, IsInt, IsUrl, Matches, Max, MaxLength, Min, MinLength, type ValidationError, validate } from "class-validator";
import type { Locale } from "../modules/accounts/accounts.tables.js";
import { type UserError, UserErrors, userError } from "./errors.js";
import type { MessageCode } from "./messages.js";

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
export const Email = (): PropertyDecorator => IsEmail({}, token("INVALID_EMAIL"));
/** An absolute http(s) address. */
export const Url = (): PropertyDecorator => IsUrl({ protocols: ["http", "https"], require_protocol: true }, token("INVALID_URL"));
export const OneOf = (values: readonly string[]): PropertyDecorator => IsIn([...values], token("INVALID_CHOICE"));
export const Key = (): PropertyDecorator => Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, token("INVALID_KEY"));
export const Code = (): PropertyDecorator => Matches(/^\d+(?:\.\d+)*$/, token("INVALID_CODE"));
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
