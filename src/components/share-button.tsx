import { useState } from 'react';
import { articleText } from '../i18n/article-text.ts';
import { ChipIcon } from './chip-icon.tsx';
import { SectionText } from './ui-text.tsx';

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** Shares the page with the system's share sheet where there is one; otherwise copies the link. */
export function ShareButton({ title }: { title: string }) {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });
  const share = async () => {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      // A reader who closes the share sheet is not an error.
      await navigator.share({ title, url }).catch(() => undefined);
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  };
  return (
    <div className="share">
      <button type="button" className="chip" onClick={() => void share()}>
        <ChipIcon symbol="↗" />
        <SectionText section={articleText} id="share" />
      </button>
      <p role="status" className="share__status">
        {state.kind === 'copied' && <SectionText section={articleText} id="linkCopied" />}
        {state.kind === 'manual' && (
          <>
            <SectionText section={articleText} id="copyThisLink" />{' '}
            <span className="share__url">{state.url}</span>
          </>
        )}
      </p>
    </div>
  );
}
