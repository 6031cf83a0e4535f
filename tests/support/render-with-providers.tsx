// Renders the app (or any element) the way the browser does, inside a fresh QueryClient with retries off
// and a memory router at the given URL.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactElement } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router-dom';
import { App } from '../../src/app/app.tsx';
import { AppProviders } from '../../src/app/app-providers.tsx';

interface Options {
  route?: string;
  queryClient?: QueryClient;
}

export function renderWithProviders(ui: ReactElement = <App />, { route = '/', queryClient }: Options = {}) {
  const client =
    queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  let seen: Location | null = null;
  const onLocation = (location: Location) => {
    seen = location;
  };
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={client}>
      <MemoryRouter initialEntries={[route]}>
        {ui}
        <LocationProbe onLocation={onLocation} />
      </MemoryRouter>
    </AppProviders>,
  );
  const location = (): string => {
    const current: Location | null = seen;
    return current ? `${current.pathname}${current.search}` : '';
  };
  return { ...result, user, queryClient: client, location };
}

function LocationProbe({ onLocation }: { onLocation: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => onLocation(location), [location, onLocation]);
  return null;
}

/** The language each piece of text is in: the nearest lang attribute inside `root`, or null. */
export function languagesOfText(root: HTMLElement): Array<{ text: string; lang: string | null }> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Array<{ text: string; lang: string | null }> = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text === '' || /^[\p{P}\p{S}\d\s]+$/u.test(text)) continue;
    const owner = node.parentElement?.closest('[lang]');
    found.push({ text, lang: owner && root.contains(owner) ? owner.getAttribute('lang') : null });
  }
  return found;
}
