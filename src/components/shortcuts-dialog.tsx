// The list of keyboard shortcuts, in a modal dialog. Loaded only when asked for.
import { useEffect, useId, useRef } from 'react';
import { shortcutsText } from '../i18n/shortcuts-text.ts';
import { SectionText } from './ui-text.tsx';

const SHORTCUTS: ReadonlyArray<[string, keyof typeof shortcutsText.sw]> = [
  ['j', 'next'],
  ['k', 'previous'],
  ['Enter', 'open'],
  ['/', 'search'],
  ['?', 'help'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Native modal dialog: focus moves in, Escape closes, focus returns to where it was.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (element.open && typeof element.close === 'function') element.close();
    };
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>
        <SectionText section={shortcutsText} id="heading" />
      </h2>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, description]) => (
          <div key={key} className="shortcuts__row">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>
              <SectionText section={shortcutsText} id={description} />
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        <SectionText section={shortcutsText} id="close" />
      </button>
    </dialog>
  );
}
