/**
 * The registry: every record Tend stores, each named once, with its shape (a valibot schema), what
 * `read()` returns while nothing is stored, whether the passphrase lock seals it, and where it
 * lives. `StoredData` and the set of private records follow from here; storage, the lock and the
 * import checks all read this one list.
 *
 * Only structural checks live here, because the popup and the background load this file, and it
 * imports nothing but limits, types and the snooze cap: checks that need the guide's content, the
 * boundary catalogue, the region data, the exit page or the site rules are refinements in
 * lib/data/import-checks.ts, loaded only where a backup is checked.
 *
 * ## Adding a record
 * Add one `defineRecord` entry below. Nothing else: `read`/`write` accept it at once.
 *
 * ## Changing a record's shape (a migration)
 * 1. Append a step to `migrations` at the end of this file: `{ record: 'safeCallPlan', up: (old) => new }`.
 *    Step n moves the store from schema n to n + 1 (`SCHEMA_VERSION` is one more than the number of
 *    steps), so steps run in the order they were added, each after the last one in the list (the
 *    boundaries list's directions, step 5, moved schema 5 -> 6).
 * 2. Change the schema and the fallback here to the new shape.
 * 3. Add a unit test that runs the step on a record of the old shape.
 * A step may instead (or also) give `absent`: the value an install that has none of a plain record
 * stored gets at that step, for a changed default that existing installs should not get.
 * A step is pure and never sees another record. Plain records are migrated as storage opens;
 * sealed ones at unlock (with the key), each carrying the schema it was sealed at; a backup from
 * an older Tend runs the same steps on import.
 */
import * as v from 'valibot';
import type { RegionId } from '@/content/regions';
import { resolveTipIds } from '@/content/retired';
import { isPlainObject } from '@/lib/checks';
import { DEFAULT_EXIT_SETTINGS, type ExitSettings } from '@/lib/exit/exit-settings';
import {
  LABEL_MAX,
  LIST_MAX,
  MAX_CODE_TOKENS,
  MAX_CUSTOM_ITEMS,
  MAX_ITEM_TEXT,
  NOTE_MAX,
  REMINDER_TEXT_MAX,
} from '@/lib/limits';
import { AUTO_LOCK_CHOICES } from '@/lib/lock/auto-lock';
import type { Entry } from '@/lib/psi/entries';
import {
  CHECK_INS_MAX,
  checkEmail,
  checkPhone,
  EMPTY_CONTACT,
  EMPTY_PLAN,
  LOCAL_TIME,
  planFromFirstSchema,
  type SafeCallContact,
  type SafeCallPlan,
  SHORT_MAX,
  STEP_ACTIONS,
  STEPS_MAX,
  WORD_MAX,
} from '@/lib/safe-call/safe-call';
import type { SiteSnoozes, SiteTipSettings, UserSite } from '@/lib/sites/sites';
import { capSnoozes } from '@/lib/sites/snooze-cap';
import type { SavedTimeline } from '@/lib/timeline/timeline';
import type { AftercarePlan } from '@/lib/tools/aftercare';
import type { BoundaryList, SavedComparison } from '@/lib/tools/boundaries';
import { DIRECTIONS, listWithDirections } from '@/lib/tools/boundary-directions';
import type { JournalEntry } from '@/lib/tools/journal';

/** A boundaries list's answers. An item with no answer is "not set": it is absent from `ratings`. */
export const RATINGS = ['yes', 'maybe', 'no'] as const;

/** `local`: IndexedDB, kept on disk. `session`: `storage.session`, memory only, gone at browser close. */
export type Area = 'local' | 'session';

export interface RecordDefinition<T, F extends T | undefined = T | undefined> {
  schema: v.GenericSchema<unknown, T>;
  /** What `read()` returns while nothing is stored. */
  fallback: F;
  /** Sealed by the passphrase lock: the user's own notes. */
  sealed: boolean;
  /** Kept on disk only while no lock is set: setting one deletes it, and an import under one leaves it out. */
  lockless: boolean;
  area: Area;
}

interface RecordOptions<T> {
  schema: v.GenericSchema<unknown, T>;
  fallback?: NoInfer<T>;
  sealed?: boolean;
  lockless?: boolean;
  area?: Area;
}

function defineRecord<T>(options: RecordOptions<T> & { fallback: NoInfer<T> }): RecordDefinition<T, T>;
function defineRecord<T>(options: RecordOptions<T> & { fallback?: undefined }): RecordDefinition<T, undefined>;
function defineRecord<T>(options: RecordOptions<T>): RecordDefinition<T> {
  return { sealed: false, lockless: false, area: 'local', fallback: undefined, ...options };
}

const id = v.pipe(v.string(), v.regex(/^[\w-]{1,80}$/));
const note = v.pipe(v.string(), v.maxLength(NOTE_MAX));
const label = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LABEL_MAX));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIST_MAX));
/** Guide tip ids; one since merged into another tip is kept as that tip's (a tiny map, not the guide). */
const tipIds = v.pipe(
  list(id),
  v.transform((ids: string[]) => resolveTipIds(ids)),
);
const short = v.pipe(v.string(), v.maxLength(SHORT_MAX));
const word = v.pipe(v.string(), v.maxLength(WORD_MAX));
/** A datetime-local value, or empty while the user has not chosen one. */
const localTime = v.pipe(
  v.string(),
  v.check((value) => value === '' || LOCAL_TIME.test(value)),
);
/** A moment, in milliseconds since 1970. */
const instant = v.pipe(v.number(), v.integer(), v.minValue(0));
const itemId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
/** An item's id, or for an item with direction its id and which way round (`biting:give`). */
const answerKey = v.pipe(v.string(), v.regex(new RegExp(`^[a-z0-9-]{1,64}(:(${DIRECTIONS.join('|')}))?$`)));
const itemText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_ITEM_TEXT));
const shared = v.picklist(['yes', 'maybe']);
const hex = (bytes: number) => v.pipe(v.string(), v.regex(new RegExp(`^[0-9a-f]{${2 * bytes}}$`)));
const exchangeId = hex(8);
const shortHash = hex(8);
const scalar = hex(32);
/** How many finished private comparisons a device remembers. */
export const USED_EXCHANGES_MAX = 20;
/** What a private comparison compares (lib/psi/entries.ts). */
const entries = list(
  v.strictObject({
    kind: v.picklist(['open', 'yes']),
    // NFKC can turn one character into up to 18 (U+FDFA), so a key may outgrow the item's text.
    key: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ITEM_TEXT * 18)),
    source: v.picklist(['item', 'own']),
    side: v.picklist(['a', 'b', 'none']),
    mine: v.union([
      v.strictObject({ id: itemId, direction: v.optional(v.picklist(DIRECTIONS)) }),
      v.strictObject({ text: itemText }),
    ]),
  }) satisfies v.GenericSchema<unknown, Entry>,
);
/** An object used as a map; an array is refused rather than read as an empty map. */
export const plainObject = v.custom<Record<string, unknown>>(isPlainObject);
const map = <K extends v.GenericSchema<string, string>, T extends v.GenericSchema>(key: K, value: T) =>
  v.pipe(plainObject, v.record(key, value));

export const records = {
  /**
   * Section the popup opened last, offered again next time (lib/lock/last-section.ts). What someone read
   * is private too: while a lock is set it lives only in the session, as `sessionSectionId`.
   */
  lastSectionId: defineRecord({ schema: id, lockless: true }),
  sessionSectionId: defineRecord({ schema: id, area: 'session' }),
  exitSettings: defineRecord({
    schema: v.strictObject({
      target: v.string(),
      mode: v.picklist(['replace-tab', 'close-private-tabs']),
      closeTendViews: v.boolean(),
      forgetClosedTabs: v.boolean(),
      deleteHistory: v.boolean(),
    }) satisfies v.GenericSchema<unknown, ExitSettings>,
    fallback: DEFAULT_EXIT_SETTINGS,
  }),
  /** Options still offers, once, the exit that closes the tab (an install from before it was the default). */
  exitModeOffer: defineRecord({ schema: v.boolean(), fallback: false }),
  /** The first-run step (confirm the hotkey and exit page) was completed. */
  firstRunDone: defineRecord({ schema: v.boolean(), fallback: false }),
  safeCallPlan: defineRecord({
    schema: v.strictObject({
      yourName: short,
      meetingName: short,
      meetingProfile: short,
      meetingHow: note,
      where: note,
      startAt: localTime,
      endAt: localTime,
      friendName: short,
      friendNote: note,
      checkIns: v.pipe(v.array(localTime), v.maxLength(CHECK_INS_MAX)),
      steps: v.pipe(
        v.array(v.strictObject({ at: localTime, action: v.picklist(STEP_ACTIONS) })),
        v.maxLength(STEPS_MAX),
      ),
      stepsNote: note,
      reminderText: v.pipe(v.string(), v.maxLength(REMINDER_TEXT_MAX)),
    }) satisfies v.GenericSchema<unknown, SafeCallPlan>,
    fallback: EMPTY_PLAN,
    sealed: true,
  }),
  /**
   * Readable even while locked, so a person under pressure can send a ready message without their
   * passphrase (the form says so where these are typed).
   */
  safeCallContact: defineRecord({
    schema: v.strictObject({
      friendPhone: v.pipe(
        v.string(),
        v.check((phone) => checkPhone(phone).ok),
      ),
      friendEmail: v.pipe(
        v.string(),
        v.check((email) => checkEmail(email).ok),
      ),
      okWord: word,
      helpWord: word,
    }) satisfies v.GenericSchema<unknown, SafeCallContact>,
    fallback: EMPTY_CONTACT,
  }),
  aftercarePlan: defineRecord({
    schema: v.strictObject({
      forMe: note,
      forPartner: note,
      kitReady: list(id),
      ownKit: list(v.strictObject({ id, label })),
    }) satisfies v.GenericSchema<unknown, AftercarePlan>,
    fallback: { forMe: '', forPartner: '', kitReady: [], ownKit: [] },
    sealed: true,
  }),
  /**
   * The boundaries list: yes / maybe / no answers (one per way round for an item with direction),
   * the "curious" marks on Yes and Maybe answers, the answers kept from before an item had direction
   * and not yet confirmed, the user's own items and notes (one per item).
   */
  boundaries: defineRecord({
    schema: v.strictObject({
      ratings: map(answerKey, v.picklist(RATINGS)),
      notes: map(itemId, note),
      custom: v.pipe(v.array(v.strictObject({ id: itemId, text: itemText })), v.maxLength(MAX_CUSTOM_ITEMS)),
      curious: list(answerKey),
      unconfirmed: list(answerKey),
    }) satisfies v.GenericSchema<unknown, BoundaryList>,
    fallback: { ratings: {}, notes: {}, custom: [], curious: [], unconfirmed: [] },
    sealed: true,
  }),
  /** A comparison with a partner that the user chose to keep; null once they forget it. */
  boundaryComparison: defineRecord({
    schema: v.nullable(
      v.strictObject({
        savedAt: v.number(),
        items: list(
          v.strictObject({
            text: itemText,
            group: itemText,
            mine: shared,
            theirs: v.picklist(['yes', 'maybe', 'yes-or-maybe']),
            direction: v.optional(v.picklist(DIRECTIONS)),
            eitherWay: v.optional(v.literal(true)),
          }),
        ),
      }),
    ) satisfies v.GenericSchema<unknown, SavedComparison | null>,
    fallback: null,
    sealed: true,
  }),
  /**
   * A private comparison in progress on this device (lib/psi/exchange.ts), in memory only: gone when
   * it ends, is cancelled, when Tend locks and when the browser closes. The starter keeps its secret
   * until the reply comes; the responder never keeps one. The entries say which items the person
   * marked, so they are never written to disk.
   */
  boundaryExchange: defineRecord({
    area: 'session',
    schema: v.variant('step', [
      v.strictObject({ step: v.literal('await-reply'), id: exchangeId, secret: scalar, entries, code: v.string() }),
      v.strictObject({
        step: v.literal('await-last'),
        id: exchangeId,
        entries,
        matchKeys: list(shortHash),
        code: v.string(),
      }),
      // Shown again with the last code if the view is reopened: the partner's count, and `odd` (the
      // reply was not one Tend makes, so the view holds the last code back until asked).
      v.strictObject({
        step: v.literal('sent-last'),
        id: exchangeId,
        code: v.string(),
        partnerEntries: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_CODE_TOKENS)),
        odd: v.optional(v.literal(true)),
      }),
    ]),
  }),
  /** The last private comparisons this device finished, so none of their codes is used twice. */
  boundaryExchangesUsed: defineRecord({
    area: 'session',
    schema: v.pipe(v.array(exchangeId), v.maxLength(USED_EXCHANGES_MAX)),
    fallback: [],
  }),
  /** New at every lock, so work that was under way when Tend locked can tell, even with no passphrase. */
  lockGeneration: defineRecord({ area: 'session', schema: v.string() }),
  journal: defineRecord({
    schema: list(
      v.strictObject({ id, date: v.string(), good: note, notGood: note, signs: list(id) }),
    ) satisfies v.GenericSchema<unknown, JournalEntry[]>,
    fallback: [],
    sealed: true,
  }),
  /** The timeline ("after something went wrong"), only once the user saves it; null once they forget it. */
  timeline: defineRecord({
    schema: v.nullable(
      v.pipe(
        v.strictObject({ at: instant, about: v.boolean(), savedAt: instant }),
        // It happened before it was saved: a timeline from the future is no one's.
        v.check(({ at, savedAt }) => at <= savedAt),
      ),
    ) satisfies v.GenericSchema<unknown, SavedTimeline | null>,
    fallback: null,
    sealed: true,
  }),
  /** Minutes the computer may sit idle before Tend locks itself; 0 means never. */
  autoLockMinutes: defineRecord({
    schema: v.pipe(
      v.number(),
      v.check((minutes) => (AUTO_LOCK_CHOICES as readonly number[]).includes(minutes)),
    ),
    fallback: 15,
  }),
  /** Neutral title, icon and wording wherever a passer-by could see Tend (lib/browser/discreet.ts). */
  discreetMode: defineRecord({ schema: v.boolean(), fallback: false }),
  /** "My sites": the community sites where tips and the in-page quick exit work. */
  sites: defineRecord({
    schema: list(v.strictObject({ pattern: v.string(), paused: v.boolean() })) satisfies v.GenericSchema<
      unknown,
      UserSite[]
    >,
    fallback: [],
  }),
  /** The version of Tend whose Public Suffix List last checked the sites (lib/sites/site-review-once.ts). */
  sitesReviewedFor: defineRecord({ schema: v.pipe(v.string(), v.regex(/^\d{1,9}(\.\d{1,9}){0,3}$/)) }),
  siteTipSettings: defineRecord({
    schema: v.strictObject({
      paused: v.boolean(),
      blur: v.boolean(),
      shiftExit: v.boolean(),
    }) satisfies v.GenericSchema<unknown, SiteTipSettings>,
    fallback: { paused: false, blur: false, shiftExit: true },
  }),
  /** One snooze at most per site, so as many as there may be sites; counted before any entry is checked. */
  siteSnoozes: defineRecord({
    schema: v.pipe(
      plainObject,
      v.maxEntries(LIST_MAX),
      v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
    ) satisfies v.GenericSchema<unknown, SiteSnoozes>,
    fallback: {},
  }),
  /** Tips the user asked never to see again on their sites. */
  dismissedTips: defineRecord({ schema: tipIds, fallback: [] }),
  /** Tips shown on their sites, most recent first, so the next page shows another. */
  recentSiteTips: defineRecord({ schema: tipIds, fallback: [] }),
  /** Where the user is, so their help lines come first; unset until they choose (a guess stands in). */
  // Which regions exist is checked on import (lib/data/import-checks.ts), away from the region data.
  region: defineRecord({ schema: v.custom<RegionId>((input) => typeof input === 'string') }),
};

export type Records = typeof records;
export type StoredName = keyof Records;
/** What Tend keeps, by name. */
export type StoredData = { [K in StoredName]: Records[K] extends RecordDefinition<infer T, infer _F> ? T : never };
/** What `read()` gives: the value, or undefined for a record with no fallback while none is stored. */
export type ReadValue<K extends StoredName> =
  Records[K] extends RecordDefinition<infer T, infer F> ? (undefined extends F ? T | undefined : T) : never;

/** One step of a migration: the record it reshapes and how. Pure; never edits its input. */
export interface Migration {
  record: StoredName;
  /** The stored value reshaped; left out by a step that only creates the record where it is absent. */
  up?(value: unknown): unknown;
  /**
   * What the record becomes at this step when the install has none stored (only for a record the
   * lock never seals). A fresh install runs no step, so it keeps the registry's fallback.
   */
  absent?: () => unknown;
}

/** The exit as it was before closing the tab became the default, for installs that never changed it. */
const replaceTabExit: ExitSettings = { ...DEFAULT_EXIT_SETTINGS, mode: 'replace-tab' };

/** Step n moves schema n to n + 1. Append only (see "Changing a record's shape" above). */
export const migrations: readonly Migration[] = [
  // Imports once took any number of snoozes; the schema now caps them (a snooze per site at most).
  { record: 'siteSnoozes', up: (old) => (v.is(plainObject, old) ? capSnoozes(old as SiteSnoozes) : old) },
  // The complete safe-call plan (lib/safe-call/safe-call.ts): every word of the first plan kept, nothing parsed.
  { record: 'safeCallPlan', up: planFromFirstSchema },
  // Closing the tab became the default exit: an existing install keeps what it had, and is offered the change once.
  { record: 'exitSettings', absent: () => replaceTabExit },
  { record: 'exitModeOffer', absent: () => true },
  // Items with direction: an answer from before is kept on both ways, unconfirmed (lib/tools/boundary-directions.ts).
  { record: 'boundaries', up: listWithDirections },
];
