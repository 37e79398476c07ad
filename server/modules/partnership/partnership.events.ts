import { declareEvents } from "../../shared/events.js";

export const PartnershipEvents = declareEvents({
  countyPartCreated: { kind: "county_part.created" },
  countyPartUpdated: { kind: "county_part.updated" },
  countyPartDeleted: { kind: "county_part.deleted" },
  organisationCreated: { kind: "organisation.created" },
  organisationUpdated: { kind: "organisation.updated" },
  organisationDeleted: { kind: "organisation.deleted" },
});
