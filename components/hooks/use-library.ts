/**
 * The guide as a view shows it: the outline (titles and summaries) at first, then the whole library
 * once its chunk has loaded. The popup must open within its size budget, so tip bodies are not in
 * the first load, nor are the sources they cite; both are asked for straight after the first render.
 */

import { outline } from 'virtual:guide-outline';
import { useEffect, useState } from 'preact/hooks';
import type { SectionOutline, Tip, TipOutline } from '@/content/types';

type Library = typeof import('@/content');

/** A tip as a view may hold it: its body is there once the library has loaded. */
export type GuideTip = TipOutline & { body?: Tip['body'] };
export type GuideSection = Omit<SectionOutline, 'tips'> & { tips: readonly GuideTip[] };

let library: Library | undefined;
let loading: Promise<Library> | undefined;

export function loadLibrary(): Promise<Library> {
  loading ??= import('@/content').then((loaded) => {
    library = loaded;
    return loaded;
  });
  return loading;
}

/** The whole library once it has loaded (which starts after the first render), undefined until then. */
export function useLibrary(): Library | undefined {
  const [loaded, setLoaded] = useState(library);
  useEffect(() => {
    if (!loaded) void loadLibrary().then(setLoaded);
  }, [loaded]);
  return loaded;
}

/** The sections, with tip bodies once they have loaded. */
export function useSections(): readonly GuideSection[] {
  return useLibrary()?.sections ?? outline;
}
