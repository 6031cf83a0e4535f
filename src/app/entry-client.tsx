import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { DataError } from '../api/data-errors.ts';
import '../styles/site.css';
import { App } from './app.tsx';
import { AppProviders } from './app-providers.tsx';
import { readEmbeddedState } from './embedded-state.ts';
import { createQueryClient } from './query-client.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const state = readEmbeddedState(document);
const app = (
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} dehydratedState={state?.queries}>
      <BrowserRouter>
        <App missingPath={state?.notFound ? window.location.pathname : null} />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>
);

// A failed request is shown to the reader with a Retry button; only real bugs belong in the console as errors.
const onCaughtError = (error: unknown) => {
  if (error instanceof DataError) console.warn(error.message);
  else console.error(error);
};

// A prerendered page is hydrated in place; `vite dev` serves an empty shell that is rendered from scratch.
if (state) hydrateRoot(container, app, { onCaughtError });
else createRoot(container, { onCaughtError }).render(app);
