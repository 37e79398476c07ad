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

/** English comes in its own chunk, fetched once, when someone first reads English (or reaches for the switch). */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === "sv" || i18next.hasResourceBundle(lang, "translation")) return;
  const { english } = await import("./english");
  for (const [ns, strings] of Object.entries(english)) i18next.addResourceBundle(lang, ns, strings);
}

export async function changeLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
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

const initialLanguage = storedLanguage();

/** Resolves once the stored language's strings are there (at once for Swedish): the app renders after it. */
export const i18nReady: Promise<void> = (async () => {
  // Failing that (offline), the page shows in Swedish, the fallback.
  const english = initialLanguage === "en" ? await import("./english").then((m) => m.english).catch(() => undefined) : undefined;
  await i18next.use(initReactI18next).init({
    resources: {
      sv: resources.sv,
      ...(english ? { en: english } : {}),
    },
    fallbackNS: "translation",
    lng: initialLanguage,
    fallbackLng: "sv",
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = currentLanguage();
})();

export default i18next;
