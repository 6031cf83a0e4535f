import { lazy, Suspense, useId, useState } from 'react';
import { ChipIcon } from './chip-icon.tsx';
import { UiText } from './ui-text.tsx';

const ReadingSettings = lazy(() =>
  import('./reading-settings.tsx').then((module) => ({ default: module.ReadingSettings })),
);

/** "Aa": opens the reading settings (both languages, dark theme, text size) below the header. */
export function ReadingSettingsButton() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <button
        type="button"
        className="chip"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <ChipIcon symbol="Aa" />
        <UiText id="readingSettings" />
      </button>
      {open && (
        <Suspense fallback={null}>
          <ReadingSettings id={panelId} />
        </Suspense>
      )}
    </>
  );
}
