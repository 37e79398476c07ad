import { registerEnumType } from "type-graphql";

// The strategy's vocabulary: the values stored in its tables, and their GraphQL enums.

export enum SkrIndicatorGroupEnum {
  GOOD_EQUAL_HEALTH = "good_equal_health",
  SUSTAINABLE = "sustainable",
  GOOD_QUALITY = "good_quality",
}
registerEnumType(SkrIndicatorGroupEnum, { name: "SkrIndicatorGroup" });
export type SkrIndicatorGroup = `${SkrIndicatorGroupEnum}`;
