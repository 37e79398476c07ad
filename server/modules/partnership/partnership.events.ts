import { declareEvents } from "../../shared/events.js";

/** Changes of the partnership's structure: each is also announced to open clients (structureChanged). */
export const PartnershipEvents = declareEvents({
  countyPartCreated: { kind: "county_part.created" },
  countyPartUpdated: { kind: "county_part.updated" },
  countyPartDeleted: { kind: "county_part.deleted" },
  organisationCreated: { kind: "organisation.created" },
  organisationUpdated: { kind: "organisation.updated" },
  organisationDeleted: { kind: "organisation.deleted" },
  bodyCreated: { kind: "body.created" },
  bodyUpdated: { kind: "body.updated" },
  bodyDeleted: { kind: "body.deleted" },
  bodyMemberAdded: { kind: "body.member_added" },
  bodyMemberRemoved: { kind: "body.member_removed" },
});
