// A route view loaded in its own chunk, so each page downloads only the code it shows. `preload()` resolves it
// ahead of time: the prerender does so for every view, and then renders them synchronously (a lazy component
// whose module is already here is handed to React as an already-resolved thenable).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ViewModule<P> = { default: ComponentType<P> };

export type LazyView<P> = LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> };

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ViewModule<P> | null = null;
  const preload = () =>
    load().then((component) => {
      loaded = { default: component };
      return loaded;
    });
  const view = lazy(() =>
    loaded
      ? // Resolves during React's own call to `then`, so the view renders without suspending.
        ({ then: (resolve: (module: ViewModule<P>) => void) => resolve(loaded as ViewModule<P>) } as Promise<
          ViewModule<P>
        >)
      : preload(),
  );
  return Object.assign(view, { preload });
}
