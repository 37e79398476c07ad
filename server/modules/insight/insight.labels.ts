import type { Locale } from "../accounts/accounts.tables.js";
import type { Localized } from "../../shared/events.js";
import { STAGE_LABELS } from "../ideas/ideas.events.js";
import type { IdeaStage } from "../ideas/ideas.tables.js";

// The words of the dashboard's CSV files and of reach labels the server owns (the client has its
// own copies in client/src/features/insight/i18n.*.ts for the page).

export const SECTOR_LABELS: Record<string, Localized> = {
  civil_society: { sv: "Civilsamhälle", en: "Civil society" },
  public: { sv: "Offentlig sektor", en: "Public sector" },
  business: { sv: "Näringsliv", en: "Business" },
  academia: { sv: "Akademi", en: "Academia" },
};

export const VALUE_LABELS: Record<string, Localized> = {
  acknowledgement: { sv: "Återkoppling", en: "Acknowledgement" },
  decision: { sv: "Beslut om lotsning", en: "Guidance decision" },
  sent: { sv: "Skickad", en: "Sent" },
  received: { sv: "Mottagen", en: "Received" },
  accepted: { sv: "Antagen", en: "Accepted" },
  declined: { sv: "Avböjd", en: "Declined" },
  completed: { sv: "Slutförd", en: "Completed" },
  sector: { sv: "Sektor", en: "Sector" },
  municipality: { sv: "Kommun", en: "Municipality" },
  county_part: { sv: "Länsdel", en: "County part" },
  target_group: { sv: "Målgrupp", en: "Target group" },
  goal: { sv: "Strategiskt mål", en: "Strategic goal" },
  measure: { sv: "Mått", en: "Measure" },
  met: { sv: "Målet nått", en: "Target met" },
  not_met: { sv: "Målet inte nått", en: "Target not met" },
  inconclusive: { sv: "Inte avgörbart", en: "Inconclusive" },
  retest: { sv: "Testa igen", en: "Retest" },
  pivot: { sv: "Ändra inriktning", en: "Pivot" },
  advance: { sv: "Gå vidare", en: "Advance" },
  stop: { sv: "Avsluta", en: "Stop" },
  total: { sv: "Totalt", en: "Total" },
};

/** Column headers of every CSV view, by locale. */
export const HEADERS = {
  period: { sv: "Period", en: "Period" },
  submitted: { sv: "Inskickade", en: "Submitted" },
  accepted: { sv: "Antagna till lotsning", en: "Accepted" },
  tested: { sv: "Testade", en: "Tested" },
  advanced: { sv: "Till spridning", en: "Advanced" },
  adopted: { sv: "Införda", en: "Adopted" },
  stage: { sv: "Skede", en: "Stage" },
  stays: { sv: "Avslutade vistelser", en: "Completed stays" },
  median: { sv: "Median (dagar)", en: "Median (days)" },
  p90: { sv: "90:e percentilen (dagar)", en: "90th percentile (days)" },
  promise: { sv: "Löfte", en: "Promise" },
  due: { sv: "Förfallna", en: "Due" },
  kept: { sv: "Hållna i tid", en: "Kept on time" },
  keptPercent: { sv: "Andel hållna (%)", en: "Kept (%)" },
  status: { sv: "Status", en: "Status" },
  sent: { sv: "Skickade", en: "Sent" },
  inTime: { sv: "Besvarade i tid", en: "Answered in time" },
  late: { sv: "Besvarade sent", en: "Answered late" },
  overdue: { sv: "Obesvarade, försenade", en: "Unanswered, overdue" },
  dimension: { sv: "Dimension", en: "Dimension" },
  value: { sv: "Värde", en: "Value" },
  ideas: { sv: "Idéer", en: "Ideas" },
  kind: { sv: "Slag", en: "Kind" },
  outcome: { sv: "Utfall", en: "Outcome" },
  count: { sv: "Antal", en: "Count" },
  municipality: { sv: "Kommun", en: "Municipality" },
  planned: { sv: "Planerad", en: "Planned" },
  testing: { sv: "Testar", en: "Testing" },
  declined: { sv: "Avböjd", en: "Declined" },
  step: { sv: "Steg på stegen", en: "Ladder step" },
  guide: { sv: "Lots", en: "Guide" },
  openIdeas: { sv: "Pågående idéer", en: "Open ideas" },
  sessions: { sv: "Lotsningsträffar", en: "Guidance sessions" },
} satisfies Record<string, Localized>;

export const valueLabel = (value: string, locale: Locale) => VALUE_LABELS[value]?.[locale] ?? value;
export const stageLabel = (stage: string, locale: Locale) => STAGE_LABELS[stage as IdeaStage]?.[locale] ?? stage;
