import { describe, expect, it } from 'vitest';
import { sources } from '@/content';
import { REGION_IDS, type RegionId } from '@/content/regions';
import {
  countdownIn,
  type RegionWindow,
  timelineSentences,
  timelineWords,
  timeTopics,
  timeWindows,
} from '@/content/time-windows';

const sourceIds = new Set<string>(sources.map((source) => source.id));
const countdowns = timeWindows.flatMap((window) =>
  REGION_IDS.flatMap((region) => {
    const here = window.regions[region];
    return here.show === 'countdown' ? [{ id: window.id, region, here }] : [];
  }),
);
const show = (id: (typeof timeWindows)[number]['id'], region: RegionId): RegionWindow['show'] =>
  timeWindows.find((window) => window.id === id)?.regions[region].show as RegionWindow['show'];

describe('the timeline’s windows', () => {
  it('list every region for every window: nothing falls back to another place’s figure', () => {
    for (const window of timeWindows)
      expect(Object.keys(window.regions).sort(), window.id).toEqual([...REGION_IDS].sort());
  });

  it('name a real source for every sentence', () => {
    const sentences = timelineSentences();
    expect(sentences.length).toBeGreaterThan(50);
    for (const said of sentences) expect(sourceIds, said.text).toContain(said.source);
  });

  it('say in words the very time each countdown counts to', () => {
    for (const { id, region, here } of countdowns) {
      const stated = [`${here.hours} hours`, `${here.hours / 24} days`];
      expect(
        stated.some((words) => here.ends.text.includes(words)),
        `${id} in ${region}: “${here.ends.text}” for ${here.hours} h`,
      ).toBe(true);
      if (here.best) {
        const best = here.best.hours === 24 ? /first day/ : new RegExp(`first ${here.best.hours / 24} days`);
        expect(here.best.said.text, `${id} in ${region}`).toMatch(best);
        expect(here.best.hours).toBeLessThan(here.hours);
      }
    }
  });

  it('never say “too late”, “missed” or “closed” for a window: something may still be possible', () => {
    const all = [...timelineSentences().map((said) => said.text), ...Object.values(timelineWords)];
    for (const text of all) expect(text, text).not.toMatch(/too late|missed|closed/i);
    for (const { here } of countdowns) expect(here.afterEnd.text).toMatch(/ask|clinic|service|still/i);
  });

  it('count nothing down where no checked page gives a time', () => {
    for (const window of timeWindows) expect(window.regions.other.show, window.id).not.toBe('countdown');
    for (const region of ['wales', 'northern-ireland', 'us', 'ca', 'au'] as const) {
      expect(show('forensic', region), region).toBe('no-countdown');
    }
    // The UK's nations differ (Scotland 7 days; none checked for Wales): the nation is asked first.
    expect(show('forensic', 'uk')).toBe('choose-nation');
  });

  it('end at the earliest time a page gives where pages disagree, and say the later one only in words', () => {
    const au = countdownIn('levonorgestrel', 'au');
    expect(au.hours).toBe(72);
    expect(au.notes.map((note) => note.text).join(' ')).toMatch(/4 days/);
    const ca = countdownIn('copper-iud', 'ca');
    expect(ca.hours).toBe(120);
    expect(ca.afterEnd.text).toMatch(/7 days/);
  });

  it('name the other kinds’ own times once a pill’s time is over, never “may still work” with no end', () => {
    for (const region of REGION_IDS) {
      const here = timeWindows.find((window) => window.id === 'levonorgestrel')?.regions[region];
      if (here?.show !== 'countdown') continue;
      if (/ulipristal/i.test(here.afterEnd.text)) expect(here.afterEnd.text, region).toMatch(/up to 5 days/);
      expect(here.afterEnd.text, region).not.toMatch(/may still work/);
    }
  });

  it('offer no ulipristal countdown in New Zealand, where it is not one of the kinds offered', () => {
    expect(show('ulipristal', 'nz')).toBe('not-offered');
  });

  it('put the emergency number only where a topic says to call it', () => {
    const withNumber = timelineSentences().filter((said) => said.text.includes('{emergency}'));
    expect(withNumber.length).toBeGreaterThan(0);
    const neck = timeTopics.find((topic) => topic.id === 'neck');
    for (const said of withNumber) expect(neck?.about).toContain(said);
  });

  it('show the signs after neck pressure with no countdown', () => {
    expect(timeTopics.find((topic) => topic.id === 'neck')?.windows).toEqual([]);
  });

  it('throw for a countdown asked of a place that has none', () => {
    expect(() => countdownIn('forensic', 'wales')).toThrow(/no countdown/);
  });
});
