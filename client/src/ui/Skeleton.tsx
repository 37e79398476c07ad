/**
 * Grey shapes where a page's content will come, so that the page has its shape before its data
 * and nothing jumps when it arrives. Hidden from assistive technology: the Loading status
 * beside them says what is happening.
 */
export function SkeletonLines({ lines = 3 }: { lines?: number }) {
  return (
    <div className="skeleton" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" />
      ))}
    </div>
  );
}

/** Cards in a grid, each a few grey lines, while the real cards load. */
export function SkeletonCards({ count, lines = 4 }: { count: number; lines?: number }) {
  return (
    <ul className="card-grid card-grid--2 skeleton" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="card skeleton__card">
          {Array.from({ length: lines }, (_, j) => (
            <span key={j} className="skeleton__line" />
          ))}
        </li>
      ))}
    </ul>
  );
}
