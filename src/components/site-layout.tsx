import type { ReactNode } from 'react';
import { paths } from '../services/paths.ts';
import { useRouteFocus } from '../services/use-route-focus.ts';
import { LanguageToggle } from './language-toggle.tsx';
import { LocalizedLink } from './localized-link.tsx';
import { ReadingSettingsButton } from './reading-settings-button.tsx';
import { SearchForm } from './search-form.tsx';
import { UiText } from './ui-text.tsx';

const MAIN_ID = 'main';

interface SiteLayoutProps {
  onShowShortcuts: () => void;
  children: ReactNode;
}

/** The frame of every page: skip link; header with the site name, search, language and reading settings;
 * main content; footer. */
export function SiteLayout({ onShowShortcuts, children }: SiteLayoutProps) {
  useRouteFocus(MAIN_ID);
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        <UiText id="skipToContent" reserveBoth={false} />
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <LocalizedLink to={paths.home()} className="site-name" lang="sw">
            Habari
          </LocalizedLink>
          <SearchForm />
        </div>
        <div className="site-header__inner toolbar">
          <LanguageToggle />
          <ReadingSettingsButton />
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            <UiText id="footer" reserveBoth={false} />
          </p>
          <p className="site-footer__links">
            <button type="button" className="link-button" onClick={onShowShortcuts}>
              <UiText id="shortcutsButton" />
            </button>
            <a href="/feed.xml">
              <UiText id="feedLink" reserveBoth={false} />
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
