/**
 * The places Tend has help lines for, a guess at the user's place made on the device from its
 * language and time zone (never sent anywhere), and the order the help lines are shown in.
 * Pure: the caller passes in the locale and time zone.
 */
import { helpLines } from './help-lines';
import type { HelpLine } from './types';

export const REGION_IDS = [
  'us',
  'ca',
  'uk',
  'england',
  'wales',
  'scotland',
  'northern-ireland',
  'ie',
  'au',
  'nz',
  'other',
] as const;

/** 'uk' means the United Kingdom with the nation not yet chosen. */
export type RegionId = (typeof REGION_IDS)[number];

export const UK_NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const satisfies readonly RegionId[];
export type UkNation = (typeof UK_NATIONS)[number];

/** The places offered as a first choice; a UK nation is a second question. */
export const COUNTRIES = ['us', 'ca', 'uk', 'ie', 'au', 'nz', 'other'] as const satisfies readonly RegionId[];
export type Country = (typeof COUNTRIES)[number];

const NAMES: Readonly<Record<RegionId, string>> = {
  us: 'United States',
  ca: 'Canada',
  uk: 'United Kingdom',
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
  ie: 'Ireland',
  au: 'Australia',
  nz: 'New Zealand',
  other: 'Somewhere else',
};

export function regionName(region: RegionId): string {
  return NAMES[region];
}

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

export function isUkNation(region: RegionId): region is UkNation {
  return (UK_NATIONS as readonly string[]).includes(region);
}

/** The first-choice place a region belongs to: a UK nation belongs to 'uk'. */
export function countryOf(region: RegionId): Country {
  return isUkNation(region) ? 'uk' : (region as Country);
}

// Time zones: whole IANA areas, then single zones (current names and the old aliases browsers report).
const ZONE_PREFIXES: readonly (readonly [string, RegionId])[] = [
  ['Australia/', 'au'],
  ['US/', 'us'],
  ['Canada/', 'ca'],
  ['America/Indiana/', 'us'],
  ['America/Kentucky/', 'us'],
  ['America/North_Dakota/', 'us'],
];

const ZONES: Readonly<Record<string, RegionId>> = {
  ...zones('us', [
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Los_Angeles',
    'America/Phoenix',
    'America/Anchorage',
    'America/Adak',
    'America/Boise',
    'America/Detroit',
    'America/Juneau',
    'America/Menominee',
    'America/Metlakatla',
    'America/Nome',
    'America/Sitka',
    'America/Yakutat',
    'Pacific/Honolulu',
  ]),
  ...zones('ca', [
    'America/Toronto',
    'America/Montreal',
    'America/Vancouver',
    'America/Edmonton',
    'America/Winnipeg',
    'America/Regina',
    'America/Swift_Current',
    'America/Halifax',
    'America/Glace_Bay',
    'America/Moncton',
    'America/Goose_Bay',
    'America/St_Johns',
    'America/Whitehorse',
    'America/Dawson',
    'America/Dawson_Creek',
    'America/Fort_Nelson',
    'America/Creston',
    'America/Yellowknife',
    'America/Inuvik',
    'America/Cambridge_Bay',
    'America/Rankin_Inlet',
    'America/Resolute',
    'America/Iqaluit',
    'America/Pangnirtung',
    'America/Atikokan',
    'America/Thunder_Bay',
    'America/Nipigon',
    'America/Rainy_River',
  ]),
  'Europe/London': 'uk',
  // The old name for Northern Ireland's zone answers the nation question too.
  'Europe/Belfast': 'northern-ireland',
  GB: 'uk',
  'Europe/Dublin': 'ie',
  Eire: 'ie',
  'Pacific/Auckland': 'nz',
  'Pacific/Chatham': 'nz',
  NZ: 'nz',
};

function zones(region: RegionId, names: readonly string[]): Record<string, RegionId> {
  return Object.fromEntries(names.map((name) => [name, region]));
}

/** The region a time zone belongs to, or undefined when it says nothing (UTC) or is elsewhere. */
function regionOfZone(timeZone: string): RegionId | undefined {
  return ZONES[timeZone] ?? ZONE_PREFIXES.find(([prefix]) => timeZone.startsWith(prefix))?.[1];
}

const LOCALE_REGIONS: Readonly<Record<string, RegionId>> = {
  US: 'us',
  CA: 'ca',
  GB: 'uk',
  UK: 'uk',
  IE: 'ie',
  AU: 'au',
  NZ: 'nz',
};

/** Zones that name no place, where only the language can tell. */
const PLACELESS_ZONE = /^(UTC|GMT|UCT|Universal|Zulu|Etc\/.*)?$/;

/**
 * The user's region, guessed from the browser's language (e.g. "en-GB") and time zone
 * (e.g. "Europe/London"). The time zone decides; the language's country only breaks a tie when
 * the zone names no place. Anything else is 'other'.
 */
export function guessRegion(locale: string, timeZone: string): RegionId {
  const fromZone = regionOfZone(timeZone);
  if (fromZone) return fromZone;
  if (!PLACELESS_ZONE.test(timeZone)) return 'other';
  const country = locale.split(/[-_]/).find((part, index) => index > 0 && /^[A-Za-z]{2}$/.test(part));
  return (country && LOCALE_REGIONS[country.toUpperCase()]) || 'other';
}

const ownLines = (region: RegionId): readonly HelpLine[] => helpLines.filter((line) => line.regions.includes(region));

/** Every line for a place: a UK nation's own lines, then the UK-wide ones. */
export function linesFor(region: RegionId): readonly HelpLine[] {
  return isUkNation(region) ? [...ownLines(region), ...ownLines('uk')] : ownLines(region);
}

/** The emergency line(s) for a region, for a list of when to call emergency services now. */
export function emergencyNumbersFor(region: RegionId): readonly HelpLine[] {
  return linesFor(region).filter((line) => line.kind === 'emergency');
}

export interface HelpGroup {
  region: RegionId;
  title: string;
  lines: readonly HelpLine[];
}

const group = (region: RegionId, lines: readonly HelpLine[]): HelpGroup => ({
  region,
  title: regionName(region),
  lines,
});

/** The places listed one by one: each UK nation stands for itself. */
const PLACES: readonly RegionId[] = ['us', 'ca', ...UK_NATIONS, 'ie', 'au', 'nz', 'other'];

/**
 * The help lines in the order to show them: the user's own first, then every other place. With
 * the UK nation not yet chosen, the user's own are the UK-wide lines and each nation's under its name.
 */
export function helpGroups(region: RegionId): { mine: readonly HelpGroup[]; others: readonly HelpGroup[] } {
  if (region === 'uk') {
    return {
      mine: [group('uk', linesFor('uk')), ...UK_NATIONS.map((nation) => group(nation, ownLines(nation)))],
      others: PLACES.filter((place) => countryOf(place) !== 'uk').map((place) => group(place, linesFor(place))),
    };
  }
  return {
    mine: [group(region, linesFor(region))],
    others: PLACES.filter((place) => place !== region).map((place) => group(place, linesFor(place))),
  };
}
