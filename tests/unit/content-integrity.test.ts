import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allTips, helpLines, type PageContext, sections, sources } from '@/content';

const CONTEXTS: readonly PageContext[] = ['messaging', 'meeting', 'event', 'profile', 'general'];
const sourceIds = new Set<string>(sources.map((source) => source.id));
const ARTICLE = new URL('../../../shared/reference/source-article.txt', import.meta.url);

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

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
