import { describe, expect, it } from 'vitest';
import { allTips } from '@/content';
import { canonicalise, createSearch } from '@/content/search';

const search = createSearch();
const sectionsOf = (query: string) => search.search(query).map((hit) => hit.section.id);
const textOf = (query: string) =>
  search
    .search(query)
    .slice(0, 3)
    .map(({ tip }) => [tip.title, tip.summary, ...tip.body, ...(tip.keywords ?? [])].join(' ').toLowerCase());

describe('canonicalise', () => {
  it.each([
    ['Safe word', 'safeword'],
    ['safe-word', 'safeword'],
    ['SAFEWORD!', 'safeword'],
    ['agree a safe word first', 'agree a safeword first'],
    ['condoms', 'condom'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalise(input)).toBe(expected);
  });

  it('leaves words that only contain a synonym alone', () => {
    expect(canonicalise('unsafe wording')).toBe('unsafe wording');
  });
});

describe('search', () => {
  it('finds safe words however they are written', () => {
    for (const query of ['safeword', 'safe word', 'safe-word', 'Safe Words']) {
      expect(sectionsOf(query)[0], query).toBe('safe-words');
    }
  });

  it('finds the warning about pressure on the neck from "choking" and "strangulation"', () => {
    for (const query of ['choking', 'strangulation']) {
      expect(
        textOf(query).some((text) => text.includes('neck')),
        query,
      ).toBe(true);
    }
  });

  it('finds condom advice, even with a typo', () => {
    for (const query of ['condom', 'condoms', 'condm', 'comdom']) {
      expect(textOf(query)[0], query).toMatch(/condom/);
    }
  });

  it('matches the start of a word as the user types', () => {
    expect(sectionsOf('afterc')).toContain('aftercare');
  });

  it('matches titles, summaries and body text', () => {
    const { tip } = allTips[0] ?? {};
    if (!tip) throw new Error('the library has tips');
    expect(search.search(tip.title)[0]?.tip.id).toBe(tip.id);
  });

  it('prefers results that match every word, and falls back to any word', () => {
    const both = search.search('first aid kit');
    expect(both[0]?.section.id).toBe('first-aid');
    expect(search.search('aftercare xylophone').length).toBeGreaterThan(0);
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzzzqqqq')).toEqual([]);
  });
});
