import { RetryButton } from './retry-button.tsx';
import { UiText } from './ui-text.tsx';

/** A data request failed: say so in the reader's language and offer to try again. */
export function LoadErrorView({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="notice" role="alert">
      <p>
        <UiText id="loadError" />
      </p>
      <RetryButton onRetry={onRetry} />
    </div>
  );
}
