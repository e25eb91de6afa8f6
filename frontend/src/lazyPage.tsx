import { useEffect, useState, type ComponentType } from 'react';
import { PageFallback } from './layout/PageFallback';

export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * A page whose code is its own chunk, which can be asked for ahead of time
 * (preload: at start-up for the page the browser opened on). It does not
 * suspend: until its code is there it shows the fallback and renders itself
 * when the code arrives. A suspended first render would hold the page back
 * behind React's 300 ms reveal throttle after the fallback was shown (seen on
 * the cockpit: the code arrived at 0.5 s, the page rendered at 1.0 s).
 * A failed download is thrown at render, to the route's error boundary.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = undefined; // a failed download may be tried again
        throw error;
      },
    ));
  function Page() {
    const [, setArrived] = useState(0);
    const [failed, setFailed] = useState<unknown>();
    useEffect(() => {
      if (loaded) return;
      let current = true;
      preload().then(
        () => current && setArrived((n) => n + 1),
        (error: unknown) => current && setFailed(() => error),
      );
      return () => {
        current = false;
      };
    }, []);
    if (failed) throw failed;
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <PageFallback />;
  }
  return Object.assign(Page, { preload });
}
