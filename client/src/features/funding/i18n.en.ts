import type { FundingTranslations } from "./i18n.sv";

/** English strings of co-funding; typed against the Swedish source. */
export const fundingEn: FundingTranslations = {
  kind: {
    ACTIVITY: "Activity",
    MATTER: "Matter",
    KANSLI: "The office's costs",
  },
  page: {
    title: "Funding {{year}}",
    lead: "What each party has committed and paid this year. The region carries its share, the municipalities the rest by the distribution key.",
    notAllowed: "Funding per party is shown to the partnership's members and the office.",
    notFound: "There is no such arena.",
    previous: "Previous year",
    next: "Next year",
    yearNav: "Other years",
    partiesHeading: "Per party",
    partiesCaption: "Committed, paid and costs per party {{year}}, in kronor",
    party: "Party",
    committed: "Committed",
    paid: "Paid",
    spent: "Costs",
    left: "Left to pay",
    total: "Total",
    region: "(the region's share)",
    plansHeading: "Funding plans",
    noPlans: "No funding plans for the year yet.",
    keyHeading: "Distribution key",
    keyVersion: "Version {{version}}, decided {{date}}",
    noKey: "No distribution key has been decided for the year.",
    keyCaption: "The municipalities' shares in the distribution key",
    share: "Share",
  },
  plan: {
    summary:
      "{{total}} kr: the region {{region}} kr ({{regionShare}}), the municipalities {{municipalities}} kr by key version {{version}}",
    caption: "Split per party of “{{title}}”, in kronor",
  },
  panel: {
    heading: "Funding",
    empty: "No funding plan yet.",
    formHeading: "New funding plan",
    title: "What is funded",
    totalAmount: "Total amount (kr)",
    totalHint: "Whole kronor. The region carries 50 %, the municipalities the rest by the year's distribution key.",
    year: "Year",
    submit: "Create the plan",
    submitting: "Creating…",
    created: "The funding plan was created.",
  },
};
