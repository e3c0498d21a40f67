import { describe, expect, it } from 'vitest';
import { LIST_MAX } from '@/lib/limits';
import { addSite, removeSite, SNOOZE_MS, setSitePaused, siteFor, snooze, tipsAllowed } from '@/lib/sites/sites';
import { records } from '@/lib/storage/stored-schema';

const a = { pattern: 'https://a.example/*', paused: false };
const b = { pattern: 'https://*.b.example/*', paused: false };

describe('site list', () => {
  it('adds a site once', () => {
    expect(addSite([a], b.pattern)).toEqual({ ok: true, sites: [a, b] });
    expect(addSite([a, b], b.pattern)).toEqual({ ok: false, error: 'That site is already in your list.' });
  });

  it('removes and pauses a site', () => {
    expect(removeSite([a, b], a.pattern)).toEqual([b]);
    expect(setSitePaused([a, b], b.pattern, true)).toEqual([a, { ...b, paused: true }]);
  });

  it('finds the site a page belongs to', () => {
    expect(siteFor([a, b], 'https://www.b.example/x')).toBe(b);
    expect(siteFor([a, b], 'https://elsewhere.example/')).toBeUndefined();
    expect(siteFor([a, b], undefined)).toBeUndefined();
  });
});

describe('tipsAllowed and snooze', () => {
  const now = 1_000_000;
  it('is off when paused everywhere, on this site, or snoozed', () => {
    expect(tipsAllowed(a, records.siteTipSettings.fallback, {}, now)).toBe(true);
    expect(tipsAllowed(a, { ...records.siteTipSettings.fallback, paused: true }, {}, now)).toBe(false);
    expect(tipsAllowed({ ...a, paused: true }, records.siteTipSettings.fallback, {}, now)).toBe(false);
    const snoozed = snooze({}, a.pattern, now);
    expect(tipsAllowed(a, records.siteTipSettings.fallback, snoozed, now + SNOOZE_MS - 1)).toBe(false);
    expect(tipsAllowed(a, records.siteTipSettings.fallback, snoozed, now + SNOOZE_MS)).toBe(true);
    expect(tipsAllowed(b, records.siteTipSettings.fallback, snoozed, now)).toBe(true);
  });

  it('never holds more snoozes than there may be sites', () => {
    const many = Object.fromEntries(
      Array.from({ length: LIST_MAX }, (_, n) => [`https://s${n}.example/*`, now + n + 1]),
    );
    const snoozed = snooze(many, a.pattern, now);
    expect(Object.keys(snoozed)).toHaveLength(LIST_MAX);
    expect(snoozed[a.pattern]).toBe(now + SNOOZE_MS);
  });

  it('drops snoozes that have run out', () => {
    expect(snooze({ [b.pattern]: now - 1 }, a.pattern, now)).toEqual({ [a.pattern]: now + SNOOZE_MS });
  });
});
