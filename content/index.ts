/**
 * The guidance library: data from the files beside this one, and lookups over it. This is the
 * whole library, tip bodies included: views load it just after their first screen (see
 * `outline-of.ts` for what that screen gets), the background and the tests import it directly.
 */
import { emergencySigns, emergencySignsTitle } from './emergency-signs';
import { findSource } from './find-source';
import { helpLines } from './help-lines';
import { keepPrivate } from './keep-private';
import { guideLimits } from './limits';
import { resolveTipId, resolveTipIds } from './retired';
import { retiredTipIds } from './retired-ids';
import { sections } from './sections';
import { sources } from './sources';
import { crossedLineSigns, firstAidKit, medicalHelpTipIds, reflectionSupportTipIds, type ToolItem } from './tools';
import type { Section, Tip } from './types';

export type { EmergencySign, HelpLine, PageContext, Section, SectionOutline, Source, Tip, TipOutline } from './types';
export type { ToolItem };
export {
  crossedLineSigns,
  emergencySigns,
  emergencySignsTitle,
  findSource,
  firstAidKit,
  guideLimits,
  helpLines,
  keepPrivate,
  medicalHelpTipIds,
  reflectionSupportTipIds,
  resolveTipId,
  resolveTipIds,
  retiredTipIds,
  sections,
  sources,
};

export interface PlacedTip {
  tip: Tip;
  section: Section;
}

export const allTips: readonly PlacedTip[] = sections.flatMap((section) =>
  section.tips.map((tip) => ({ tip, section })),
);

const sectionsById = new Map(sections.map((section) => [section.id, section]));
const tipsById = new Map(allTips.map((placed) => [placed.tip.id, placed]));

export function findSection(id: string): Section | undefined {
  return sectionsById.get(id);
}

/** The tip with this id, or the tip a retired id was merged into. */
export function findTip(id: string): PlacedTip | undefined {
  return tipsById.get(resolveTipId(id));
}
