/** The retry button says "Retry" in both languages, so it is found whatever language the reader chose. */
export function RetryButton({ onRetry }: { onRetry: () => void }) {
  return (
    <button type="button" className="button" onClick={onRetry}>
      <span lang="sw">Jaribu tena</span> / <span lang="en">Retry</span>
    </button>
  );
}
