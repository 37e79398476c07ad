import type { MouseEvent, Ref } from "react";
import { useTranslation } from "react-i18next";
import type { FormErrors } from "./errors";
import "./ErrorSummary.css";

interface Props {
  errors: FormErrors;
  ref?: Ref<HTMLDivElement>;
  /**
   * For long forms: each field's label and control id. The summary then lists the field
   * errors as links that move focus to the control.
   */
  links?: Partial<Record<string, { label: string; id: string }>>;
}

/**
 * The live region at the top of a form: messages that concern the whole request, and how
 * many fields need correcting. Always rendered, so that screen readers announce changes.
 */
export function ErrorSummary({ errors, ref, links }: Props) {
  const { t } = useTranslation();
  const fieldCount = Object.keys(errors.fields).length;
  const empty = errors.general.length === 0 && fieldCount === 0;
  const linked = links
    ? Object.entries(errors.fields).flatMap(([name, message]) => (links[name] ? [{ ...links[name], message }] : []))
    : [];
  const focusControl = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const control = document.getElementById(id);
    if (!control) return;
    event.preventDefault();
    control.scrollIntoView({ block: "center" });
    control.focus();
  };
  return (
    <div ref={ref} role="alert" tabIndex={-1} className={empty ? "error-summary error-summary--empty" : "error-summary"}>
      {errors.general.map((m) => (
        <p key={m} className="error-summary__message">
          {m}
        </p>
      ))}
      {fieldCount > 0 && <p className="error-summary__message">{t("form.fieldErrorsCount", { count: fieldCount })}</p>}
      {linked.length > 0 && (
        <ul className="error-summary__list">
          {linked.map((l) => (
            <li key={l.id}>
              <a href={`#${l.id}`} onClick={(e) => focusControl(e, l.id)}>
                {l.label}: {l.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
