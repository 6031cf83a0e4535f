import type { ReactNode } from 'react';
import { paths } from '../app/paths.ts';
import { useRouteFocus } from '../app/use-route-focus.ts';
import { LanguageToggle } from './language-toggle.tsx';
import { LocalizedLink } from './localized-link.tsx';
import { UiText } from './ui-text.tsx';

const MAIN_ID = 'main';

/** The frame of every page: skip link, header with the language choice, main content, footer. */
export function SiteLayout({ children }: { children: ReactNode }) {
  useRouteFocus(MAIN_ID);
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        <UiText id="skipToContent" />
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <LocalizedLink to={paths.home()} className="site-name" lang="sw">
            Habari
          </LocalizedLink>
          <LanguageToggle />
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p className="site-footer__inner">
          <UiText id="footer" />
        </p>
      </footer>
    </>
  );
}
