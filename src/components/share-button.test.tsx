import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from './share-button.tsx';

describe('the share button', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('uses the system share sheet where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    render(<ShareButton title="Habari" />);
    await userEvent.click(screen.getByRole('button', { name: 'Shiriki' }));
    expect(share).toHaveBeenCalledWith({ title: 'Habari', url: window.location.href });
  });

  it('copies the link otherwise, and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } });
    render(<ShareButton title="Habari" />);
    await userEvent.click(screen.getByRole('button', { name: 'Shiriki' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(screen.getByRole('status')).toHaveTextContent('Kiungo kimenakiliwa.');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      share: undefined,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    render(<ShareButton title="Habari" />);
    await userEvent.click(screen.getByRole('button', { name: 'Shiriki' }));
    expect(screen.getByText('Nakili kiungo hiki:')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(window.location.href);
  });
});
