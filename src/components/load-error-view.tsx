import type { ReactNode } from 'react';
import { RetryButton } from './retry-button.tsx';
import { UiText } from './ui-text.tsx';

/** A data request failed: say so in the reader's language (or say `message`) and offer to try again. */
export function LoadErrorView({ onRetry, message }: { onRetry: () => void; message?: ReactNode }) {
  return (
    <div className="notice" role="alert">
      <p>{message ?? <UiText id="loadError" />}</p>
      <RetryButton onRetry={onRetry} />
    </div>
  );
}
