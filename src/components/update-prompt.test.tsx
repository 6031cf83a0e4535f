import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

describe('the update prompt', () => {
  it('stays hidden until a new version waits, then offers a reload the reader chooses', async () => {
    vi.resetModules();
    const { UpdatePrompt } = await import('./update-prompt.tsx');
    const { pendingUpdate } = await import('../services/service-worker.ts');
    const { container } = render(<UpdatePrompt />);
    expect(container).toBeEmptyDOMElement();

    const skipWaiting = vi.fn();
    const worker = { postMessage: skipWaiting } as unknown as ServiceWorker;
    vi.stubGlobal('navigator', {
      ...navigator,
      serviceWorker: { addEventListener: vi.fn(), controller: {} },
    });
    const { offerUpdate } = await import('../services/service-worker.ts');
    act(() => offerUpdate(worker));
    expect(pendingUpdate.get()).not.toBeNull();
    expect(await screen.findByText('Toleo jipya la Habari lipo.')).toBeInTheDocument();
    expect(skipWaiting).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Pakia upya' }));
    expect(skipWaiting).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    vi.unstubAllGlobals();
  });
});
