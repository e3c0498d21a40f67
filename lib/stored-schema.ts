/**
 * The shape of every stored key as a valibot schema, so data from outside (an imported backup) is
 * checked field by field before anything is stored. The mapped type makes a new `StoredData` key
 * fail to compile until its schema is added here.
 */
import * as v from 'valibot';
import { crossedLineSigns, findTip, firstAidKit, resolveTipIds } from '@/content';
import { boundaryCategories } from '@/content/boundary-items';
import { REGION_IDS } from '@/content/regions';
import { AUTO_LOCK_CHOICES } from './auto-lock';
import { MAX_CUSTOM_ITEMS, MAX_ITEM_TEXT, RATINGS } from './boundaries';
import { checkExitUrl } from './exit-settings';
import { isDay } from './journal';
import { LABEL_MAX, LIST_MAX, NOTE_MAX } from './limits';
import { isNarrowPattern } from './site-address';
import type { StoredData } from './storage';

const id = v.pipe(v.string(), v.regex(/^[\w-]{1,80}$/));
const note = v.pipe(v.string(), v.maxLength(NOTE_MAX));
const label = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LABEL_MAX));
const ids = v.pipe(v.array(id), v.maxLength(LIST_MAX));
const itemId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const itemText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_ITEM_TEXT));
const shared = v.picklist(['yes', 'maybe']);
/** An object used as a map; an array is refused rather than read as an empty map. */
const plainObject = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
);

/** A map of item id to value; an array is refused rather than read as an empty map. */
const itemMap = <T extends v.GenericSchema>(value: T) => v.pipe(plainObject, v.record(itemId, value));
/**
 * A site pattern exactly as "My sites" would have made it: narrow, and nothing else. The Public
 * Suffix List is checked on import by lib/site-review.ts, so this module (and storage) never loads it.
 */
const sitePattern = v.pipe(v.string(), v.check(isNarrowPattern));
/** Tip ids of the guide; an id since merged into another tip is read as the kept tip's. */
const tipIds = v.pipe(
  v.array(
    v.pipe(
      v.string(),
      v.check((tip) => findTip(tip) !== undefined),
    ),
  ),
  v.maxLength(LIST_MAX),
  v.transform((ids: string[]) => resolveTipIds(ids)),
);
const catalogueIds = new Set(boundaryCategories.flatMap((category) => category.items.map((item) => item.id)));

export const storedSchemas: { [K in keyof StoredData]-?: v.GenericSchema<unknown, StoredData[K]> } = {
  lastSectionId: id,
  autoLockMinutes: v.picklist(AUTO_LOCK_CHOICES),
  firstRunDone: v.boolean(),
  discreetMode: v.boolean(),
  exitSettings: v.strictObject({
    target: v.pipe(
      v.string(),
      v.check((url) => checkExitUrl(url).ok),
    ),
    mode: v.picklist(['replace-tab', 'close-private-tabs']),
    closeTendViews: v.boolean(),
    forgetClosedTabs: v.boolean(),
    deleteHistory: v.boolean(),
  }),
  safeCallPlan: v.strictObject({
    who: note,
    where: note,
    checkInAt: v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?)?$/)),
    ifMissed: note,
    reminderText: v.pipe(v.string(), v.maxLength(40)),
  }),
  aftercarePlan: v.pipe(
    v.strictObject({
      forMe: note,
      forPartner: note,
      kitReady: ids,
      ownKit: v.pipe(v.array(v.strictObject({ id, label })), v.maxLength(LIST_MAX)),
    }),
    // Only items on the list can be ticked: the guide's kit and the user's own.
    v.check(({ kitReady, ownKit }) => {
      const known = new Set([...firstAidKit.map((item) => item.id), ...ownKit.map((item) => item.id)]);
      return kitReady.every((ready) => known.has(ready));
    }),
  ),
  boundaries: v.pipe(
    v.strictObject({
      ratings: itemMap(v.picklist(RATINGS)),
      notes: itemMap(note),
      custom: v.pipe(v.array(v.strictObject({ id: itemId, text: itemText })), v.maxLength(MAX_CUSTOM_ITEMS)),
    }),
    // Answers and notes only for items on the list: the catalogue's and the user's own.
    v.check(({ ratings, notes, custom }) => {
      const own = new Set(custom.map((item) => item.id));
      return [...Object.keys(ratings), ...Object.keys(notes)].every((key) => catalogueIds.has(key) || own.has(key));
    }),
  ),
  boundaryComparison: v.nullable(
    v.strictObject({
      savedAt: v.number(),
      items: v.pipe(
        v.array(v.strictObject({ text: itemText, group: itemText, mine: shared, theirs: shared })),
        v.maxLength(LIST_MAX),
      ),
    }),
  ),
  sites: v.pipe(v.array(v.strictObject({ pattern: sitePattern, paused: v.boolean() })), v.maxLength(LIST_MAX)),
  sitesReviewedFor: v.pipe(v.string(), v.regex(/^\d{1,9}(\.\d{1,9}){0,3}$/)),
  siteTipSettings: v.strictObject({ paused: v.boolean(), blur: v.boolean(), shiftExit: v.boolean() }),
  siteSnoozes: v.pipe(plainObject, v.record(sitePattern, v.pipe(v.number(), v.integer(), v.minValue(0)))),
  dismissedTips: tipIds,
  recentSiteTips: tipIds,
  region: v.picklist(REGION_IDS),
  journal: v.pipe(
    v.array(
      v.strictObject({
        id,
        date: v.pipe(v.string(), v.check(isDay)),
        good: note,
        notGood: note,
        signs: v.array(v.picklist(crossedLineSigns.map((sign) => sign.id))),
      }),
    ),
    v.maxLength(LIST_MAX),
  ),
};

export type StoredEntry = { [K in keyof StoredData]: { key: K; value: StoredData[K] } }[keyof StoredData];

/** A key and value from outside, if the key is one Tend stores and the value has its shape. */
export function parseStoredEntry(key: string, value: unknown): StoredEntry | undefined {
  if (!Object.hasOwn(storedSchemas, key)) return undefined;
  const checked = v.safeParse(storedSchemas[key as keyof StoredData], value);
  return checked.success ? ({ key, value: checked.output } as StoredEntry) : undefined;
}
