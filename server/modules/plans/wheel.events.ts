import { declareEvents } from "../../shared/events.js";

/** The annual wheel's changes and its reminders (issue 14). */
export const WheelEvents = declareEvents({
  milestoneCreated: {
    kind: "wheel.milestone_created",
    label: { sv: "Händelse tillagd i årshjulet", en: "Milestone added to the annual wheel" },
  },
  milestoneUpdated: {
    kind: "wheel.milestone_updated",
    label: { sv: "Händelse i årshjulet ändrad", en: "Milestone of the annual wheel changed" },
  },
  milestoneDeleted: {
    kind: "wheel.milestone_deleted",
    label: { sv: "Händelse borttagen ur årshjulet", en: "Milestone removed from the annual wheel" },
  },
  reminder: {
    kind: "wheel.reminder",
    label: { sv: "Påminnelse från årshjulet", en: "Reminder from the annual wheel" },
    notification: {
      text: (data) => ({
        sv: `Årshjulet: ”{title}” ${hasDay(data) ? "den" : "i"} {when}`,
        en: `Annual wheel: “{title}” ${hasDay(data) ? "on" : "in"} {when}`,
      }),
      params: (data, lang) => ({
        title: inLang(data, "title", lang),
        when: whenText(data, lang),
      }),
      mailBody: (data, lang) => {
        const description = inLang(data, "description", lang);
        const body =
          typeof data.body === "string" && data.body !== ""
            ? lang === "sv"
              ? `Organ: ${String(data.body)}`
              : `Body: ${String(data.body)}`
            : "";
        return [body, description].filter((x) => x !== "").join("\n\n");
      },
    },
  },
});

const MONTHS = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

function whenText(data: Readonly<Record<string, unknown>>, lang: "sv" | "en"): string {
  const month = MONTHS[lang][Number(data.month) - 1] ?? "";
  const year = String(data.year ?? "");
  if (!hasDay(data)) return `${month} ${year}`;
  return lang === "sv" ? `${Number(data.day)} ${month} ${year}` : `${month} ${Number(data.day)}, ${year}`;
}

const hasDay = (data: Readonly<Record<string, unknown>>) => typeof data.day === "number";

/** The English text when the reader reads English and there is one; the Swedish otherwise. */
function inLang(data: Readonly<Record<string, unknown>>, field: "title" | "description", lang: "sv" | "en"): string {
  const en = data[`${field}En`];
  const sv = data[field];
  if (lang === "en" && typeof en === "string" && en !== "") return en;
  return typeof sv === "string" ? sv : "";
}
