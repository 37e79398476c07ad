import "./listing.css";
/**
 * The head of a list of search results: a heading for screen readers, the count (announced
 * as it changes), and a button that clears the search and filters while any are set.
 */
export function ResultsHead({
  headingId,
  heading,
  count,
  clearLabel,
  onClear,
}: {
  headingId: string;
  heading: string;
  count: string;
  clearLabel: string;
  /** Null while no search or filter is set. */
  onClear: (() => void) | null;
}) {
  return (
    <div className="results-head">
      <h2 id={headingId} className="visually-hidden">
        {heading}
      </h2>
      <p className="results-count" role="status">
        {count}
      </p>
      {onClear && (
        <button type="button" className="button button--ghost" onClick={onClear}>
          {clearLabel}
        </button>
      )}
    </div>
  );
}
