/**
 * The sidebar's "#guide/<section>/<tip>" address, which a tip card's "More" and the boundaries list
 * link to. A tip merged into another since the link was made opens the kept tip, in its section.
 */
import { resolveTipId } from '@/content/retired';

export interface GuideRoute {
  sectionId: string;
  tipId?: string;
}

interface Placed {
  id: string;
  tips: readonly { id: string }[];
}

export function guideRoute(hash: string, sections: readonly Placed[]): GuideRoute | undefined {
  const [tab, sectionId, tipId] = hash.replace(/^#/, '').split('/');
  if (tab !== 'guide' || !sectionId) return undefined;
  if (!tipId) return { sectionId };
  const kept = resolveTipId(tipId);
  const home = sections.find((section) => section.tips.some((tip) => tip.id === kept));
  return { sectionId: home?.id ?? sectionId, tipId: kept };
}

export function guideHash(sectionId: string, tipId: string): string {
  return `#guide/${sectionId}/${tipId}`;
}
