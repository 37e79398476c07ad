import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../ui/PageTitle";
import "./statements.css";

type Page = "privacy" | "cookies" | "accessibility";

interface Props {
  page: Page;
  /** The page's sections in order: keys under the page with a heading and a text. */
  sections: readonly string[];
  /** Below the lead: a version line. */
  meta?: ReactNode;
  /** After the named section: the feedback form under "Rapportera brister". */
  after?: { section: string; node: ReactNode };
}

/** A statement page: title, lead, and sections of paragraphs (a text splits into paragraphs at blank lines). */
export function Statement({ page, sections, meta, after }: Props) {
  const { t } = useTranslation("statements");
  // The keys are built from the page's name; the i18n types cannot follow them.
  const text = (key: string) => t(`${page}.${key}` as "privacy.title");
  return (
    <article className="statement narrow">
      <PageTitle parts={[text("title")]} />
      <h1 tabIndex={-1}>{text("title")}</h1>
      <p className="lead">{text("lead")}</p>
      {meta}
      {sections.map((s) => (
        <section key={s} className="statement__section" aria-labelledby={`statement-${s}`}>
          <h2 id={`statement-${s}`}>{text(`${s}.heading`)}</h2>
          {text(`${s}.text`)
            .split("\n\n")
            .map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          {after?.section === s && after.node}
        </section>
      ))}
    </article>
  );
}
