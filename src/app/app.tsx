import { lazy, Suspense, useCallback, useState } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { CrashView } from '../components/crash-view.tsx';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LoadingView } from '../components/loading-view.tsx';
import { SiteLayout } from '../components/site-layout.tsx';
import { UpdatePrompt } from '../components/update-prompt.tsx';
import { LanguageProvider } from '../i18n/language.tsx';
import type { StaticView } from '../services/embedded-state.ts';
import { useApplyReaderPreferences } from '../services/reader-preferences.ts';
import { ArticleRoute, DateRoute, HomeRoute, NotFoundView, OfflineView, SearchRoute } from './route-views.ts';
import { useHydrationMark } from './use-hydration-mark.ts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';

const ShortcutsDialog = lazy(() =>
  import('../components/shortcuts-dialog.tsx').then((module) => ({ default: module.ShortcutsDialog })),
);

interface AppProps {
  /** A page the server (404.html) or the service worker (offline.html) sent for this path: it renders that
   * view here, matching the prerendered markup; navigating on works as usual. */
  staticView?: { path: string; view: StaticView } | null;
}

export function App({ staticView = null }: AppProps) {
  const { pathname } = useLocation();
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  const showShortcuts = useCallback(() => setShowingShortcuts(true), []);
  useHydrationMark();
  useApplyReaderPreferences();
  useKeyboardShortcuts(showShortcuts);

  const view = staticView && pathname === staticView.path ? staticView.view : null;
  return (
    <LanguageProvider>
      <SiteLayout onShowShortcuts={showShortcuts}>
        <ErrorBoundary key={pathname} fallback={(_error, retry) => <CrashView onRetry={retry} />}>
          <Suspense fallback={<LoadingView />}>
            {view === 'offline' ? (
              <OfflineView />
            ) : view === 'not-found' ? (
              <NotFoundView />
            ) : (
              <Routes>
                <Route path="/" element={<HomeRoute />} />
                <Route path="/ukurasa/:page" element={<HomeRoute />} />
                <Route path="/habari/:slug" element={<ArticleRoute />} />
                <Route path="/tafuta" element={<SearchRoute />} />
                <Route path="/tarehe/:date" element={<DateRoute />} />
                <Route path="/tarehe/:date/:page" element={<DateRoute />} />
                <Route path="*" element={<NotFoundView />} />
              </Routes>
            )}
          </Suspense>
        </ErrorBoundary>
      </SiteLayout>
      {showingShortcuts && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setShowingShortcuts(false)} />
        </Suspense>
      )}
      <UpdatePrompt />
    </LanguageProvider>
  );
}
