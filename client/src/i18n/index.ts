import i18next, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
import { type Namespace, bundled } from "./resources";

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

/**
 * The Swedish strings of the features not bundled with the app, one chunk each, fetched when a
 * page first reads them (a page's loader asks for its own in advance, see app/lazyPage.ts).
 */
const swedish = import.meta.glob<Record<string, object>>([
  "../features/*/i18n.sv.ts",
  "!../features/shell/i18n.sv.ts",
  "!../features/accounts/i18n.sv.ts",
]);

const featureStrings: BackendModule = {
  type: "backend",
  init() {},
  async read(language, namespace) {
    if (language === "en") return (await import("./english")).english[namespace as Namespace];
    const load = swedish[`../features/${namespace}/i18n.sv.ts`];
    if (!load) throw new Error(`No strings for the namespace "${namespace}".`);
    // A feature's file exports one object, its namespace's strings.
    return Object.values(await load())[0];
  },
};

/**
 * Starts loading namespaces' strings (a page's, before it renders); a component that reads a
 * namespace not there yet suspends until it is, so this only saves the wait.
 */
export function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  return i18nReady.then(() => i18next.loadNamespaces([...namespaces]));
}

/**
 * Every feature's strings, for someone signed in: staff move between features, and a panel
 * that appears later (a form, a tab) should not wait for its strings.
 */
export function loadAllNamespaces(): Promise<void> {
  const all = Object.keys(swedish).map((file) => file.split("/")[2]!);
  return i18nReady.then(() => i18next.loadNamespaces(all));
}

i18next.on("languageChanged", (lng) => {
  document.documentElement.lang = isLanguage(lng) ? lng : "sv";
});

const initialLanguage = storedLanguage();

/** Resolves once the stored language's strings are there (at once for Swedish): the app renders after it. */
export const i18nReady: Promise<void> = (async () => {
  // Failing that (offline), the page shows in Swedish, the fallback.
  const english = initialLanguage === "en" ? await import("./english").then((m) => m.english).catch(() => undefined) : undefined;
  await i18next
    .use(featureStrings)
    .use(initReactI18next)
    .init({
      resources: {
        sv: bundled,
        ...(english ? { en: english } : {}),
      },
      // The bundled namespaces are there at once; the backend brings the rest.
      partialBundledLanguages: true,
      ns: Object.keys(bundled),
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
