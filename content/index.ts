/** The guidance library: data from the files beside this one, and lookups over it. */
import { helpLines } from './help-lines';
import { sections } from './sections';
import { sources } from './sources';
import { crossedLineSigns, firstAidKit, medicalHelpTipIds, reflectionSupportTipIds, type ToolItem } from './tools';
import type { Section, Source, Tip } from './types';

export type { HelpLine, PageContext, Section, Source, Tip } from './types';
export type { ToolItem };
export { crossedLineSigns, firstAidKit, helpLines, medicalHelpTipIds, reflectionSupportTipIds, sections, sources };

export interface PlacedTip {
  tip: Tip;
  section: Section;
}

export const allTips: readonly PlacedTip[] = sections.flatMap((section) =>
  section.tips.map((tip) => ({ tip, section })),
);

const sectionsById = new Map(sections.map((section) => [section.id, section]));
const tipsById = new Map(allTips.map((placed) => [placed.tip.id, placed]));
const sourcesById = new Map<string, Source>(sources.map((source) => [source.id, source]));

export function findSection(id: string): Section | undefined {
  return sectionsById.get(id);
}

export function findTip(id: string): PlacedTip | undefined {
  return tipsById.get(id);
}

export function findSource(id: string): Source | undefined {
  return sourcesById.get(id);
}
