import { lazy, Suspense, useSyncExternalStore } from 'react';
import { pendingUpdate } from '../services/service-worker.ts';

const UpdateBanner = lazy(() =>
  import('./update-banner.tsx').then((module) => ({ default: module.UpdateBanner })),
);

/** Offers a waiting new version of the site; renders nothing until there is one. */
export function UpdatePrompt() {
  const apply = useSyncExternalStore(pendingUpdate.subscribe, pendingUpdate.get, () => null);
  if (!apply) return null;
  return (
    <Suspense fallback={null}>
      <UpdateBanner onReload={apply} />
    </Suspense>
  );
}
