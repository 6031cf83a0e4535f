import { useEffect } from 'react';
import { keepForOffline } from './service-worker.ts';

/** A page the reader has opened stays readable offline, even when reached inside the app. */
export function useKeepForOffline(path: string): void {
  useEffect(() => keepForOffline(path), [path]);
}
