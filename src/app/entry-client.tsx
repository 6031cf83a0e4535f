// First, so it listens before React is evaluated (see the module).
import { stopCatchingEarlyLanguageChoice } from './early-language-choice.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { DataError } from '../api/data-errors.ts';
import '../styles/site.css';
import { App } from './app.tsx';
import { AppProviders } from './app-providers.tsx';
import { readEmbeddedState } from '../services/embedded-state.ts';
import { registerServiceWorker } from '../services/service-worker.ts';
import { createQueryClient } from './query-client.ts';
import { preloadRouteViews } from './route-views.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const state = readEmbeddedState(document);
// The prerendered page carries the data of its queries, so the app does not fetch it again.
const queryClient = createQueryClient();
for (const [key, data] of state?.queries ?? []) queryClient.setQueryData(key, data);
const app = (
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <BrowserRouter>
        <App staticView={state?.view ? { path: window.location.pathname, view: state.view } : null} />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>
);

// A failed request is shown to the reader with a Retry button; only real bugs belong in the console as errors.
const onCaughtError = (error: unknown) => {
  if (error instanceof DataError) console.warn(error.message);
  else console.error(error);
};
// React reports a view that threw while hydrating (already logged above, and shown as an error view) as
// "recoverable", with the thrown error as its cause; anything else here, such as a hydration mismatch, is a bug.
const onRecoverableError = (error: unknown) => {
  if (error instanceof Error && error.cause !== undefined) console.warn(error.message);
  else console.error(error);
};

if (import.meta.env.PROD) registerServiceWorker('/sw.js');

// A prerendered page is hydrated in place, once the views it shows are here; `vite dev` serves an empty
// shell that is rendered from scratch. Hydrating inside a transition lets React work in slices and yield to
// the reader's input between them, so a slow phone is never blocked for the whole of it.
if (state) {
  void preloadRouteViews(state.views ?? []).finally(() => {
    stopCatchingEarlyLanguageChoice();
    startTransition(() => {
      hydrateRoot(container, app, { onCaughtError, onRecoverableError });
    });
  });
} else {
  stopCatchingEarlyLanguageChoice();
  createRoot(container, { onCaughtError }).render(app);
}
