import { GoHomeLink } from './go-home-link.tsx';
import { RetryButton } from './retry-button.tsx';
import { UiText } from './ui-text.tsx';

/** A view threw while rendering: an explanation, a way to try again and a way home instead of a white page. */
export function CrashView({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="notice" role="alert">
      <h1>
        <UiText id="errorHeading" />
      </h1>
      <p>
        <UiText id="errorBody" />
      </p>
      <p className="notice__actions">
        <RetryButton onRetry={onRetry} />
        <GoHomeLink />
      </p>
    </div>
  );
}
