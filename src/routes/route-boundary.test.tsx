import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { installFakeFetch } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles } from '../../tests/support/fixture-site.ts';
import { renderWithProviders } from '../../tests/support/render-with-providers.tsx';
import { RouteBoundary } from './route-boundary.tsx';

describe('when something fails', () => {
  it.each([
    ['the network fails', 'network' as const],
    ['the server answers 500', 500 as const],
    ['the answer is not valid JSON', 'invalid-json' as const],
  ])('shows a message with Retry when %s, and Retry recovers', async (_name, fault) => {
    const server = installFakeFetch(await fixtureFiles());
    server.setFault(fault);
    const { user } = renderWithProviders(undefined, { route: '/' });

    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('Imeshindikana kupakia habari.');
    expect(screen.getByRole('banner')).toBeInTheDocument();

    server.setFault(null);
    await user.click(screen.getAllByRole('button', { name: /Retry/ })[0]!);
    expect(await screen.findByRole('region', { name: 'Vichwa vya habari' })).toBeInTheDocument();
  });

  it('shows an error view with a way home when a view throws, not a blank page', async () => {
    function Broken(): never {
      throw new Error('bug in a view');
    }
    function Flaky() {
      const [fixed, setFixed] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setFixed(true)}>
            fix
          </button>
          <RouteBoundary>{fixed ? <p>works now</p> : <Broken />}</RouteBoundary>
        </>
      );
    }
    const { user } = renderWithProviders(<Flaky />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hitilafu imetokea' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nenda ukurasa wa mwanzo' })).toHaveAttribute('href', '/');
    await user.click(screen.getByRole('button', { name: 'fix' }));
    await user.click(screen.getByRole('button', { name: /Retry/ }));
    expect(screen.getByText('works now')).toBeInTheDocument();
  });
});
