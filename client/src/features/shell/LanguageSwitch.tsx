import { useTranslation } from "react-i18next";
import { changeLanguage, isLanguage, loadLanguage } from "../../i18n";
import "./shell.css";

/** Switches the whole UI, and the data the server renders, to the other language. */
export function LanguageSwitch() {
  const { t } = useTranslation("shell");
  const target = t("language.switchToCode");
  return (
    <button
      type="button"
      className="button button--ghost language-switch"
      lang={target}
      // The other language's strings start loading when a pointer or focus reaches the button.
      onPointerEnter={() => {
        if (isLanguage(target)) loadLanguage(target).catch(() => undefined);
      }}
      onFocus={() => {
        if (isLanguage(target)) loadLanguage(target).catch(() => undefined);
      }}
      onClick={() => {
        // Offline, English cannot load: the page stays in Swedish.
        if (isLanguage(target)) changeLanguage(target).catch(() => undefined);
      }}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" className="icon">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path
          d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        />
      </svg>
      {t("language.switchTo")}
    </button>
  );
}
