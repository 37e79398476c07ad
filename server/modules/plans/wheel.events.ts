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
        sv: `Årshjulet: ”{title}” ${data.day ? "den" : "i"} {when}`,
        en: `Annual wheel: “{title}” ${data.day ? "on" : "in"} {when}`,
      }),
      params: (data, lang) => ({
        title: String((lang === "en" && data.titleEn ? data.titleEn : data.title) ?? ""),
        when: whenText(data, lang),
      }),
      mailBody: (data, lang) => {
        const description = String((lang === "en" && data.descriptionEn ? data.descriptionEn : data.description) ?? "");
        const body = data.body ? (lang === "sv" ? `Organ: ${String(data.body)}` : `Body: ${String(data.body)}`) : "";
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
  if (!data.day) return `${month} ${year}`;
  return lang === "sv" ? `${Number(data.day)} ${month} ${year}` : `${month} ${Number(data.day)}, ${year}`;
}
