import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown, so a view starts with only what its
 * first screen needs. Renders nothing for the moment the local chunk takes to load.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [component, setComponent] = useState(() => loaded);
    const [failed, setFailed] = useState<{ error: unknown }>();
    useEffect(() => {
      if (component) return;
      loading ??= load().then((found) => {
        loaded = found;
        return found;
      });
      void loading.then(
        (found) => setComponent(() => found),
        (error: unknown) => {
          loading = undefined;
          setFailed({ error });
        },
      );
    }, [component]);
    // A chunk that did not load: thrown here, so the nearest ErrorBoundary says so in words and
    // its "Try again" loads it afresh.
    if (failed) throw failed.error;
    return component ? h(component, props) : null;
  };
}
