import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { InThreadSearchWorker } from '../support/in-thread-worker.ts';

vi.stubGlobal('Worker', InThreadSearchWorker);

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
