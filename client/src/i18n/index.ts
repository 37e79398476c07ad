import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { resources } from "./resources";

export const languages = ["sv", "en"] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = "arena.language";

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === "sv" || v === "en") return v;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); Swedish is the default.
  }
  return "sv";
}

export function isLanguage(v: string | undefined): v is Language {
  return v === "sv" || v === "en";
}

/** The current UI language, as the server expects it in Accept-Language. */
export function currentLanguage(): Language {
  const l = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(l) ? l : "sv";
}

export async function changeLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
  await i18next.changeLanguage(lang);
}

i18next.on("languageChanged", (lng) => {
  document.documentElement.lang = isLanguage(lng) ? lng : "sv";
});

void i18next.use(initReactI18next).init({
  resources,
  fallbackNS: "translation",
  lng: storedLanguage(),
  fallbackLng: "sv",
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = currentLanguage();

export default i18next;
