import { useTranslation } from "react-i18next";

/** A value's or series' warnings, spelt out: small n, low response rate. */
export function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation("indicators");
  if (warnings.length === 0) return null;
  return (
    <span className="indicator-warnings">
      {warnings.map((w) => (
        <span key={w} className="badge badge--warning">
          {t(`warning.${w}` as "warning.SMALL_N")}
        </span>
      ))}
    </span>
  );
}
