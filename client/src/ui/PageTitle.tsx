import { useTranslation } from "react-i18next";

/** The document title; React hoists <title> into <head>. */
export function PageTitle({ parts }: { parts: (string | undefined)[] }) {
  const { t } = useTranslation();
  const title = [...parts.filter(Boolean), t("app.titleSuffix")].join(" – ");
  return <title>{title}</title>;
}
