import { Route, Routes, useLocation } from 'react-router-dom';
import { CrashView } from '../components/crash-view.tsx';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { NotFoundView } from '../components/not-found-view.tsx';
import { SiteLayout } from '../components/site-layout.tsx';
import { LanguageProvider } from '../i18n/language.tsx';
import { ArticleRoute } from '../routes/article-route.tsx';
import { HomeRoute } from '../routes/home-route.tsx';
import { useHydrationMark } from './use-hydration-mark.ts';

interface AppProps {
  /** A path the server already answered with the not-found page (404.html): it renders as not found. */
  missingPath?: string | null;
}

export function App({ missingPath = null }: AppProps) {
  const { pathname } = useLocation();
  useHydrationMark();
  return (
    <LanguageProvider>
      <SiteLayout>
        <ErrorBoundary key={pathname} fallback={(_error, retry) => <CrashView onRetry={retry} />}>
          {pathname === missingPath ? (
            <NotFoundView />
          ) : (
            <Routes>
              <Route path="/" element={<HomeRoute />} />
              <Route path="/ukurasa/:page" element={<HomeRoute />} />
              <Route path="/habari/:slug" element={<ArticleRoute />} />
              <Route path="*" element={<NotFoundView />} />
            </Routes>
          )}
        </ErrorBoundary>
      </SiteLayout>
    </LanguageProvider>
  );
}
