// Text that exists in Swahili and English. Both are rendered in the same grid cell and the inactive one is
// hidden (visibility, aria-hidden), so the box is always as large as the longer of the two and switching
// language never moves the layout.
import type { ReactNode } from 'react';
import type { Language } from '../content/site-json.ts';

interface BilingualTextProps {
  sw: ReactNode;
  en: ReactNode;
  active: Language;
}

export function BilingualText({ sw, en, active }: BilingualTextProps) {
  return (
    <span className="bi">
      <span lang="sw" aria-hidden={active === 'sw' ? undefined : true}>
        {sw}
      </span>
      <span lang="en" aria-hidden={active === 'en' ? undefined : true}>
        {en}
      </span>
    </span>
  );
}
