/**
 * What a view's first screen gets of the library: sections and tip titles and summaries, without
 * tip bodies (most of the words), which load just after. The build evaluates `libraryOutline`
 * and writes the result into the `virtual:guide-outline` module (`scripts/guide-outline.ts`), so
 * content editors keep writing whole tips in `sections/` and nothing is kept twice by hand.
 */
import { sections } from './sections';
import type { Section, SectionOutline } from './types';

export function outlineOf(list: readonly Section[]): SectionOutline[] {
  return list.map(({ tips, ...section }) => ({
    ...section,
    tips: tips.map(({ id, title, summary, source }) => ({ id, title, summary, source })),
  }));
}

export const libraryOutline = (): SectionOutline[] => outlineOf(sections);
