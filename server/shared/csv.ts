// CSV files as spreadsheet programs open them: RFC 4180 quoting, CRLF between records, and a
// byte-order mark so that Excel reads å, ä and ö as UTF-8. Text that a spreadsheet would run as
// a formula (OWASP's "CSV injection": a cell starting with =, +, -, @, a tab or a carriage
// return) gets a leading apostrophe, so that an idea titled =HYPERLINK(...) stays text.
// Numbers are values, never formulas: -3 stays -3.

export type CsvCell = string | number | null;

/** The separator: a comma by default; the plans' report keeps the semicolon that Swedish spreadsheets expect. */
export type CsvSeparator = "," | ";";

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: text that could start a formula defused, then quoted when it holds the separator, a quote or a line break. */
export function csvField(value: CsvCell, separator: CsvSeparator = ","): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row and the rows, each record ended by CRLF, after a byte-order mark. */
export function toCsv(head: string[], rows: CsvCell[][], separator: CsvSeparator = ","): string {
  const records = [head, ...rows].map((r) => r.map((c) => csvField(c, separator)).join(separator));
  return `\uFEFF${records.join("\r\n")}\r\n`;
}
