import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  countryOf,
  guessRegion,
  helpGroups,
  linesFor,
  REGION_IDS,
  type RegionId,
  UK_NATIONS,
} from '@/content/regions';

describe('guessing the region on the device', () => {
  const table: readonly (readonly [locale: string, timeZone: string, expected: RegionId])[] = [
    ['en-US', 'America/New_York', 'us'],
    ['en-US', 'America/Los_Angeles', 'us'],
    ['es-US', 'America/Chicago', 'us'],
    ['en-US', 'Pacific/Honolulu', 'us'],
    ['en-US', 'America/Indiana/Indianapolis', 'us'],
    ['en-US', 'America/Toronto', 'ca'],
    ['fr-CA', 'America/Montreal', 'ca'],
    ['en-CA', 'America/Vancouver', 'ca'],
    ['en-GB', 'America/St_Johns', 'ca'],
    ['en-GB', 'Europe/London', 'uk'],
    ['en-US', 'Europe/London', 'uk'],
    ['cy', 'Europe/London', 'uk'],
    ['en-GB', 'Europe/Belfast', 'northern-ireland'],
    ['en-GB', 'Europe/Dublin', 'ie'],
    ['ga-IE', 'Europe/Dublin', 'ie'],
    ['en-AU', 'Australia/Sydney', 'au'],
    ['en-GB', 'Australia/Perth', 'au'],
    ['en-NZ', 'Pacific/Auckland', 'nz'],
    ['mi', 'Pacific/Chatham', 'nz'],
    ['fr-FR', 'Europe/Paris', 'other'],
    ['en-GB', 'Europe/Paris', 'other'],
    ['de-DE', 'Europe/Berlin', 'other'],
    ['en-US', 'Asia/Tokyo', 'other'],
    ['pt-BR', 'America/Sao_Paulo', 'other'],
    // Zones that name no place: the language breaks the tie.
    ['en-GB', 'UTC', 'uk'],
    ['en-US', 'Etc/UTC', 'us'],
    ['en-AU', 'Etc/GMT-10', 'au'],
    ['en_NZ', '', 'nz'],
    ['fr-FR', 'UTC', 'other'],
    ['en', 'UTC', 'other'],
    ['zh-Hant-TW', 'UTC', 'other'],
  ];

  it.each(table)('%s in %s is %s', (locale, timeZone, expected) => {
    expect(guessRegion(locale, timeZone)).toBe(expected);
  });

  it('lets the time zone decide over the language', () => {
    expect(guessRegion('en-AU', 'America/Toronto')).toBe('ca');
    expect(guessRegion('en-IE', 'Europe/London')).toBe('uk');
  });
});

describe('the order of the help lines', () => {
  const firstIds = (region: RegionId) => helpGroups(region).mine.map((group) => group.region);
  const otherIds = (region: RegionId) => helpGroups(region).others.map((group) => group.region);

  it('puts the chosen region first and every other place after it, once each', () => {
    for (const region of REGION_IDS.filter((id) => id !== 'uk')) {
      expect(firstIds(region)).toEqual([region]);
      const all = [...firstIds(region), ...otherIds(region)];
      expect(new Set(all).size, region).toBe(all.length);
      expect(all.sort(), region).toEqual(REGION_IDS.filter((id) => id !== 'uk').sort());
    }
  });

  it('changes the order when the region changes', () => {
    expect(helpGroups('au').mine[0]?.lines[0]?.phone).toBe('000');
    expect(helpGroups('us').mine[0]?.lines[0]?.phone).toBe('911');
    expect(otherIds('au')[0]).toBe('us');
    expect(otherIds('us')).not.toContain('us');
  });

  it('shows a UK nation its own lines, then the UK-wide ones', () => {
    const wales = helpGroups('wales').mine[0]?.lines.map((line) => line.id);
    expect(wales).toEqual(linesFor('wales').map((line) => line.id));
    expect(wales).toContain('live-fear-free');
    expect(wales).toContain('emergency-uk');
    expect(wales).not.toContain('sdafmh');
    expect(wales?.indexOf('live-fear-free')).toBeLessThan(wales?.indexOf('galop') ?? -1);
  });

  it('until the nation is chosen, shows the UK-wide lines and each nation’s under its name', () => {
    const groups = helpGroups('uk').mine;
    expect(groups.map((group) => group.region)).toEqual(['uk', ...UK_NATIONS]);
    expect(groups.map((group) => group.title)).toEqual([
      'United Kingdom',
      'England',
      'Wales',
      'Scotland',
      'Northern Ireland',
    ]);
    expect(groups[0]?.lines.map((line) => line.phone)).toContain('999');
    // Each nation's group holds its own lines only: the UK-wide ones are shown once, above.
    for (const group of groups.slice(1)) {
      expect(group.lines.length, group.region).toBeGreaterThan(0);
      expect(
        group.lines.every((line) => line.regions.includes(group.region)),
        group.region,
      ).toBe(true);
    }
    expect(otherIds('uk')).toEqual(['us', 'ca', 'ie', 'au', 'nz', 'other']);
  });

  it('falls back to the lines for everywhere else', () => {
    expect(firstIds('other')).toEqual(['other']);
    expect(helpGroups('other').mine[0]?.lines.map((line) => line.phone)).toEqual(['112']);
  });

  it('offers each UK nation under the United Kingdom', () => {
    for (const nation of UK_NATIONS) expect(countryOf(nation)).toBe('uk');
    expect(COUNTRIES).not.toContain('england');
    expect(countryOf('ie')).toBe('ie');
  });
});
