import { registerEnumType } from "type-graphql";

/** What a funding plan pays for: an activity of a plan, a matter, or the kansli's own costs of a year. */
export enum FundingPlanKindEnum {
  ACTIVITY = "activity",
  MATTER = "matter",
  KANSLI = "kansli",
}
registerEnumType(FundingPlanKindEnum, { name: "FundingPlanKind" });
export type FundingPlanKind = `${FundingPlanKindEnum}`;

/** An actual cost a party carried for the plan, or a payment it made into it. */
export enum FundingEntryKindEnum {
  COST = "cost",
  PAYMENT = "payment",
}
registerEnumType(FundingEntryKindEnum, { name: "FundingEntryKind" });
export type FundingEntryKind = `${FundingEntryKindEnum}`;

/** Shares are kept in basis points: 10,000 is the whole. */
export const WHOLE = 10_000;
/** The region's part of a funding plan unless said otherwise (004: 50 % region, 50 % the municipalities). */
export const DEFAULT_REGION_SHARE = 5_000;
/** Amounts are whole kronor within GraphQL's Int. */
export const MAX_AMOUNT = 2_000_000_000;
