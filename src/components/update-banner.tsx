import { updateText } from '../i18n/update-text.ts';
import { SectionText } from './ui-text.tsx';

/** "A new version is available" with a Reload button; the reader decides when. */
export function UpdateBanner({ onReload }: { onReload: () => void }) {
  return (
    <div className="update-banner" role="status">
      <p>
        <SectionText section={updateText} id="ready" />
      </p>
      <button type="button" className="button" onClick={onReload}>
        <SectionText section={updateText} id="reload" />
      </button>
    </div>
  );
}
