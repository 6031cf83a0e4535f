import { BothLanguagesText } from './both-languages-text.tsx';

/** The retry button says "Retry" in both languages, so it is found whatever language the reader chose. */
export function RetryButton({ onRetry }: { onRetry: () => void }) {
  return (
    <button type="button" className="button" onClick={onRetry}>
      <BothLanguagesText id="retry" />
    </button>
  );
}
