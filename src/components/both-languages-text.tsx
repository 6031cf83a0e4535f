import { coreText } from '../i18n/messages.ts';
import type { MessageKey } from '../i18n/sw.ts';

/** A label shown in both languages at once, each part with its own lang: `Jaribu tena / Retry`. */
export function BothLanguagesText({ id }: { id: MessageKey }) {
  return (
    <>
      <span lang="sw">{coreText.sw[id]}</span> / <span lang="en">{coreText.en[id]}</span>
    </>
  );
}
