import {
  HydrationBoundary,
  QueryClientProvider,
  type DehydratedState,
  type QueryClient,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';

interface AppProvidersProps {
  queryClient: QueryClient;
  /** The query data the prerendered page carries, so the client does not fetch it again. */
  dehydratedState?: DehydratedState;
  children: ReactNode;
}

export function AppProviders({ queryClient, dehydratedState, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={dehydratedState}>{children}</HydrationBoundary>
    </QueryClientProvider>
  );
}
