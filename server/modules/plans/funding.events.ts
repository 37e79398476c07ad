import { declareEvents } from "../../shared/events.js";

/** Co-funding's changes (issue 14): keys, plans, costs and payments. */
export const FundingEvents = declareEvents({
  keySet: {
    kind: "funding.key_set",
    label: { sv: "Ny version av fördelningsnyckeln", en: "New version of the distribution key" },
  },
  planCreated: {
    kind: "funding.plan_created",
    label: { sv: "Finansieringsplan upprättad", en: "Funding plan made" },
  },
  entryRecorded: {
    kind: "funding.entry_recorded",
    label: { sv: "Kostnad eller betalning registrerad", en: "Cost or payment recorded" },
  },
});
