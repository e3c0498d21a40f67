import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allTips,
  crossedLineSigns,
  findTip,
  firstAidKit,
  helpLines,
  type PageContext,
  sections,
  sources,
} from '@/content';
import { boundaryCategories } from '@/content/boundary-items';
import { emergencySigns, emergencySignsTitle } from '@/content/emergency-signs';
import { keepPrivate } from '@/content/keep-private';
import { guideLimits } from '@/content/limits';
import { retiredTipIds } from '@/content/retired-ids';
import { timelineSentences } from '@/content/time-windows';

const CONTEXTS: readonly PageContext[] = ['messaging', 'meeting', 'event', 'profile', 'general'];
const sourceIds = new Set<string>(sources.map((source) => source.id));
const ARTICLE = new URL('../../../shared/reference/source-article.txt', import.meta.url);

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Every tip id the guide had before the first merge (issue 11); users' data may name any of them. */
const ORIGINAL_TIP_IDS = [
  'why-aftercare',
  'emotional-aftercare',
  'practical-aftercare',
  'ask-what-helps',
  'enthusiastic-yes',
  'consent-each-step',
  'consent-ongoing',
  'cannot-consent',
  'consent-not-assumed',
  'first-aid-kit',
  'what-is-normal',
  'when-to-get-help',
  'after-neck-pressure',
  'support-is-there',
  'in-danger-now',
  'care-without-police',
  'have-backup',
  'plan-check-ins',
  'backup-red-flag',
  'start-slow',
  'know-your-gear',
  'clean-toys',
  'not-like-the-films',
  'no-neck-pressure',
  'trust-your-gut',
  'refuses-safe-word',
  'dismisses-protection',
  'pushes-limits',
  'talk-about-it-after',
  'signs-a-line-was-crossed',
  'every-time-new-yes',
  'clear-the-air',
  'therapist-support',
  'agree-a-safe-word',
  'non-verbal-signal',
  'check-in-as-you-go',
  'stop-means-stop',
  'stronger-condoms',
  'talk-about-protection',
  'pep-72-hours',
  'emergency-contraception',
  'stay-sober',
  'high-cannot-consent',
  'chemsex-mixing',
  'write-it-down',
  'list-not-contract',
  'pick-a-calm-time',
  'same-words-different-meanings',
  'keep-talking',
  'not-everyone-shares',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as 'YYYY-MM-DD', not later than today. */
function isCheckedDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date.getTime() <= Date.now();
}

const boundaryItems = boundaryCategories.flatMap((category) => category.items);

/** Lower case, letters and digits only, single spaces. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('the guidance library', () => {
  it('has unique section, tip, source and help-line ids', () => {
    expect(duplicates(sections.map((section) => section.id))).toEqual([]);
    expect(duplicates(allTips.map(({ tip }) => tip.id))).toEqual([]);
    expect(duplicates(sources.map((source) => source.id))).toEqual([]);
    expect(duplicates(helpLines.map((line) => line.id))).toEqual([]);
  });

  it('names a real entry of sources on every tip', () => {
    for (const { tip } of allTips) expect(sourceIds, tip.id).toContain(tip.source);
  });

  it('has no empty text', () => {
    for (const section of sections) {
      expect(section.title.trim(), section.id).not.toBe('');
      expect(section.blurb.trim(), section.id).not.toBe('');
      expect(section.tips.length, section.id).toBeGreaterThan(0);
    }
    for (const { tip } of allTips) {
      for (const text of [tip.title, tip.summary, ...tip.body]) expect(text.trim(), tip.id).not.toBe('');
      expect(tip.body.length, tip.id).toBeGreaterThan(0);
      expect(tip.tags.length, tip.id).toBeGreaterThan(0);
    }
    for (const source of sources) expect(source.name.trim(), source.id).not.toBe('');
    for (const text of [emergencySignsTitle, guideLimits, keepPrivate.title, ...keepPrivate.paragraphs]) {
      expect(text.trim()).not.toBe('');
    }
    for (const sign of emergencySigns) expect(sign.text.trim(), sign.id).not.toBe('');
    for (const item of boundaryItems) expect(item.hint?.trim() ?? 'no hint', item.id).not.toBe('');
  });

  it('gives every source one https page and the date it was checked', () => {
    for (const source of sources) {
      expect(new URL(source.url).protocol, source.id).toBe('https:');
      expect(isCheckedDate(source.checked), `${source.id}: ${source.checked}`).toBe(true);
    }
  });

  it('says when each section was last re-read against its sources', () => {
    for (const section of sections) expect(isCheckedDate(section.checked), section.id).toBe(true);
  });

  it('has no source that nothing cites', () => {
    const cited = new Set<string>([
      ...allTips.map(({ tip }) => tip.source),
      ...emergencySigns.map((sign) => sign.source),
      ...[...firstAidKit, ...crossedLineSigns].map((item) => item.source),
      ...timelineSentences().map((said) => said.source),
    ]);
    expect(sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('keeps summaries short enough for the popup', () => {
    for (const { tip } of allTips) expect(tip.summary.length, tip.id).toBeLessThanOrEqual(220);
  });

  it('tags tips only with known page contexts, with enough tips for each', () => {
    for (const { tip } of allTips) for (const tag of tip.tags) expect(CONTEXTS, tip.id).toContain(tag);
    for (const context of CONTEXTS) {
      expect(allTips.filter(({ tip }) => tip.tags.includes(context)).length, context).toBeGreaterThanOrEqual(4);
    }
  });

  it('lists every section file, so every section is reachable', () => {
    const dir = new URL('../../content/sections/', import.meta.url);
    const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(sections.map((section) => section.id).sort());
  });

  it('shows the help lines with exactly one section', () => {
    expect(sections.filter((section) => section.showsHelpLines)).toHaveLength(1);
  });

  it('keeps every tip id it ever had: each is a live tip or retired to one', () => {
    const live = new Set(allTips.map(({ tip }) => tip.id));
    for (const id of ORIGINAL_TIP_IDS) expect(live.has(id) || id in retiredTipIds, id).toBe(true);
  });

  it('retires ids only into live tips, and never keeps a retired id alive', () => {
    expect(Object.keys(retiredTipIds).length).toBeGreaterThan(0);
    for (const [old, kept] of Object.entries(retiredTipIds)) {
      expect(
        allTips.map(({ tip }) => tip.id),
        `${old} is retired`,
      ).not.toContain(old);
      expect(findTip(kept), `${old} -> ${kept}`).toBeDefined();
      // Lookups read a retired id as the tip it was merged into.
      expect(findTip(old)?.tip.id, `${old} -> ${kept}`).toBe(kept);
    }
  });

  it('lists emergency signs, each stated by a real source', () => {
    expect(emergencySigns.length).toBeGreaterThan(0);
    expect(duplicates(emergencySigns.map((sign) => sign.id))).toEqual([]);
    for (const sign of emergencySigns) expect(sourceIds, sign.id).toContain(sign.source);
  });

  it('points every boundary item that refers to the guide at a real tip', () => {
    const referring = boundaryItems.filter((item) => item.tipId !== undefined || /guide/i.test(item.hint ?? ''));
    expect(referring.length).toBeGreaterThan(0);
    for (const item of referring) expect(item.tipId && findTip(item.tipId), item.id).toBeTruthy();
  });

  it('quotes the keep-private section in the one keep-private text', () => {
    const section = sections.find((candidate) => candidate.id === 'keep-private');
    for (const tip of section?.tips ?? []) expect(keepPrivate.paragraphs).toContain(tip.summary);
    expect(section?.tips.length).toBeGreaterThan(0);
  });

  // The article sits beside the project in shared/; CI clones the project with shared/ beside it.
  it.runIf(existsSync(ARTICLE))('is written in its own words: no 8-word run copied from the source article', () => {
    const article = ` ${words(readFileSync(ARTICLE, 'utf8'))} `;
    const copied: string[] = [];
    for (const { tip } of allTips) {
      for (const text of [tip.title, tip.summary, ...tip.body]) {
        const tokens = words(text).split(' ');
        for (let i = 0; i + 8 <= tokens.length; i++) {
          const run = tokens.slice(i, i + 8).join(' ');
          if (article.includes(` ${run} `)) copied.push(`${tip.id}: “${run}”`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});

describe('the lists the sidebar tools use', () => {
  it('have unique ids, real sources and point at real tips', async () => {
    const { crossedLineSigns, firstAidKit, findTip, medicalHelpTipIds, reflectionSupportTipIds } = await import(
      '@/content'
    );
    for (const list of [firstAidKit, crossedLineSigns]) {
      expect(duplicates(list.map((item) => item.id))).toEqual([]);
      for (const item of list) expect(sourceIds, item.id).toContain(item.source);
    }
    for (const id of [...medicalHelpTipIds, ...reflectionSupportTipIds]) expect(findTip(id), id).toBeDefined();
  });
});
