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
    useEffect(() => {
      if (component) return;
      loading ??= load().then((found) => {
        loaded = found;
        return found;
      });
      void loading.then((found) => setComponent(() => found));
    }, [component]);
    return component ? h(component, props) : null;
  };
}
