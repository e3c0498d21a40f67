import { describe, expect, it } from 'vitest';
import { localDate } from '@/lib/dates';
import {
  byNewest,
  entryRows,
  isDay,
  lineCrossed,
  newEntry,
  removeEntry,
  replaceEntry,
  toggleSign,
} from '@/lib/tools/journal';

describe('the reflection journal', () => {
  it('dates a new entry today, in local time', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(newEntry('a', '2026-01-05')).toEqual({ id: 'a', date: '2026-01-05', good: '', notGood: '', signs: [] });
  });

  it.each([
    ['2026-11-25', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['25/11/2026', false],
    ['', false],
  ])('knows %j is a real day: %s', (text, real) => {
    expect(isDay(text)).toBe(real);
  });

  it('lists the newest day first and keeps the writing order within a day', () => {
    const entries = [newEntry('a', '2026-11-01'), newEntry('b', '2026-11-20'), newEntry('c', '2026-11-01')];
    expect(byNewest(entries).map((entry) => entry.id)).toEqual(['b', 'a', 'c']);
  });

  it('offers support as soon as any sign is ticked, and not before', () => {
    const entry = newEntry('a', '2026-11-01');
    expect(lineCrossed(entry)).toBe(false);
    const ticked = toggleSign(entry, 'safe-word-ignored', true);
    expect(lineCrossed(ticked)).toBe(true);
    expect(lineCrossed(toggleSign(ticked, 'safe-word-ignored', false))).toBe(false);
  });

  it('replaces and removes one entry only', () => {
    const entries = [newEntry('a', '2026-11-01'), newEntry('b', '2026-11-02')];
    const edited = { ...newEntry('b', '2026-11-02'), good: 'Talking after' };
    expect(replaceEntry(entries, edited)).toEqual([entries[0], edited]);
    expect(removeEntry(entries, 'a')).toEqual([entries[1]]);
  });
});

describe('a journal entry on paper', () => {
  it('prints its two notes and the signs ticked in words, in the list’s order, one a line', () => {
    const entry = {
      ...newEntry('a', '2026-11-01'),
      good: 'Slow start\nLots of laughing',
      signs: ['hurt', 'pressured', 'a-sign-no-longer-asked'],
    };
    expect(entryRows(entry)).toEqual([
      ['What felt good', 'Slow start\nLots of laughing'],
      ['What did not feel good, or what I would change', ''],
      [
        'Signs that a line was crossed',
        'I felt pressured into something I did not want\nI was hurt, in body or in feelings',
      ],
    ]);
  });

  it('says “None” when no sign was ticked, rather than leaving the question off', () => {
    expect(entryRows(newEntry('a', '2026-11-01')).at(-1)).toEqual(['Signs that a line was crossed', 'None']);
  });
});
