import { useEffect } from 'preact/hooks';
import { useStored } from '@/components/hooks/use-stored';
import { pageTitle, type View } from '@/lib/browser/discreet';

/** A view's main heading, which also names the page (its tab); both neutral in discreet mode. */
export function ViewTitle({ view }: { view: View }) {
  const discreet = useStored('discreetMode');
  const title = pageTitle(view, discreet.loaded ? discreet.value === true : undefined);

  useEffect(() => {
    document.title = title;
  }, [title]);

  return <h1 class="brand">{title}</h1>;
}
