import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import type { FormErrors } from "./errors";

/**
 * The live region at the top of a form: messages that concern the whole request, and how
 * many fields need correcting. Always rendered, so that screen readers announce changes.
 */
export function ErrorSummary({ errors, ref }: { errors: FormErrors; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const fieldCount = Object.keys(errors.fields).length;
  const empty = errors.general.length === 0 && fieldCount === 0;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className={empty ? "error-summary error-summary--empty" : "error-summary"}>
      {errors.general.map((m) => (
        <p key={m} className="error-summary__message">
          {m}
        </p>
      ))}
      {fieldCount > 0 && <p className="error-summary__message">{t("form.fieldErrorsCount", { count: fieldCount })}</p>}
    </div>
  );
}
