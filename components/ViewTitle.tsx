import { useEffect } from 'preact/hooks';
import { pageTitle, type View } from '@/lib/browser/discreet';
import { useStored } from './use-stored';

/** A view's main heading, which also names the page (its tab); both neutral in discreet mode. */
export function ViewTitle({ view }: { view: View }) {
  const discreet = useStored('discreetMode');
  const title = pageTitle(view, discreet.loaded ? discreet.value === true : undefined);

  useEffect(() => {
    document.title = title;
  }, [title]);

  return <h1 class="brand">{title}</h1>;
}
