import { UiText } from './ui-text.tsx';

/** Shown while a view's data loads; it keeps the height of a page so nothing jumps when the text arrives. */
export function LoadingView() {
  return (
    <div className="loading" role="status">
      <UiText id="loading" reserveBoth={false} />
    </div>
  );
}
