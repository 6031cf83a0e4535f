// Wraps a route's data-driven content: a loading state while it loads, and a message with Retry
// (never a blank page) when loading or rendering fails.
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { DataError } from '../api/data-errors.ts';
import { CrashView } from '../components/crash-view.tsx';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LoadErrorView } from '../components/load-error-view.tsx';
import { LoadingView } from '../components/loading-view.tsx';

interface RouteBoundaryProps {
  children: ReactNode;
  /** What to say when data could not be loaded, if not the usual message. */
  dataErrorView?: (retry: () => void) => ReactNode;
  /** Besides the path, what makes it a new page: a new search query is tried afresh after a failed one. */
  resetKey?: string;
}

export function RouteBoundary({ children, dataErrorView, resetKey = '' }: RouteBoundaryProps) {
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  // Retry starts failed requests afresh: a query left in its error state would throw again at once.
  const resetFailedQueries = () =>
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
  return (
    <ErrorBoundary
      key={pathname + resetKey}
      onReset={resetFailedQueries}
      fallback={(error, retry) =>
        error instanceof DataError && dataErrorView ? dataErrorView(retry) : errorView(error, retry)
      }
    >
      <Suspense fallback={<LoadingView />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function errorView(error: unknown, retry: () => void): ReactNode {
  if (error instanceof DataError) return <LoadErrorView onRetry={retry} />;
  return <CrashView onRetry={retry} />;
}
