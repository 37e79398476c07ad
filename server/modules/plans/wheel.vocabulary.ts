import { registerEnumType } from "type-graphql";

/** Who a milestone of the annual wheel reminds. */
export enum WheelAudienceEnum {
  /** The people seated in the milestone's body. */
  BODY_MEMBERS = "body_members",
  /** The arena's coordinators. */
  KANSLI = "kansli",
  /** Everyone holding an arena role (audienceRole). */
  ROLE = "role",
}
registerEnumType(WheelAudienceEnum, { name: "WheelAudience" });
export type WheelAudience = `${WheelAudienceEnum}`;
