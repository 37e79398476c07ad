import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../ui/TableScroll";

export interface Count {
  value: number | null;
  suppressed: boolean;
}

/** A figure as a cell shows it: a number, or ".." with its reason for a withheld count. */
export function CountCell({ count, threshold }: { count: Count | number | null; threshold: number }) {
  const { t } = useTranslation("insight");
  if (count === null) return <>–</>;
  if (typeof count === "number") return <>{count.toLocaleString("sv-SE")}</>;
  if (count.suppressed)
    return (
      <abbr title={t("suppressed", { threshold })}>
        <span aria-hidden="true">..</span>
        <span className="visually-hidden">{t("suppressed", { threshold })}</span>
      </abbr>
    );
  return <>{(count.value ?? 0).toLocaleString("sv-SE")}</>;
}

/**
 * A figure set as a table: a caption, column headers, and a row header per row, so that a
 * screen reader (and a browser test) names every cell by its row and column.
 */
export function FigureTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; header: ReactNode; cells: ReactNode[] }[];
}) {
  return (
    <TableScroll label={caption}>
      <table className="insight-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? "insight-table__number" : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.header}</th>
              {r.cells.map((c, i) => (
                <td key={i} className="insight-table__number">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
