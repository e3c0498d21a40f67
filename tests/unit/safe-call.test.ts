import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries, set } from 'idb-keyval';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseBackup } from '@/lib/data/backup';
import { DEFAULT_EXIT_SETTINGS } from '@/lib/exit/exit-settings';
import { checkInAlarms } from '@/lib/safe-call/check-in';
import {
  checkEmail,
  checkPhone,
  EMPTY_CONTACT,
  EMPTY_PLAN,
  phoneDigits,
  planFromFirstSchema,
  type SafeCallPlan,
} from '@/lib/safe-call/safe-call';
import { records } from '@/lib/storage/stored-schema';

/** A plan as Tend's first schema stored it, with words that must survive untouched. */
const firstPlan = {
  who: 'Sam, 07700 900123, or ask for Jo at the bar; she knows',
  where: 'The Crown, 1 High Street\nmeeting Alex (from the forum)',
  checkInAt: '2026-12-01T21:30',
  ifMissed: 'Call me twice.\nThen call my sister, then 999 with the address.',
  reminderText: 'Dentist',
};

const migrated: SafeCallPlan = {
  ...EMPTY_PLAN,
  friendNote: firstPlan.who,
  where: firstPlan.where,
  checkIns: ['2026-12-01T21:30'],
  stepsNote: firstPlan.ifMissed,
  reminderText: 'Dentist',
};

describe('the first plan in the complete plan’s shape', () => {
  it('keeps every word whole and parses nothing', () => {
    expect(planFromFirstSchema(firstPlan)).toEqual(migrated);
    // The friend's name, phone and email stay empty until the user fills them in.
    expect(planFromFirstSchema(firstPlan)).toMatchObject({ friendName: '', yourName: '', steps: [] });
    expect(v.is(records.safeCallPlan.schema, planFromFirstSchema(firstPlan))).toBe(true);
  });

  it('gives no check-in for an empty check-in time, and never edits its input', () => {
    const frozen = Object.freeze({ ...firstPlan, checkInAt: '' });
    expect(planFromFirstSchema(frozen)).toEqual({ ...migrated, checkIns: [] });
    expect(frozen.checkInAt).toBe('');
  });

  it.each([
    ['a missing field', { who: 'Sam' }],
    ['an extra field', { ...firstPlan, extra: 'x' }],
    ['not an object', 'Sam'],
    ['an array', [firstPlan]],
  ])('leaves %s as it is, for the schema to refuse', (_, value) => {
    expect(planFromFirstSchema(value)).toBe(value);
    expect(v.is(records.safeCallPlan.schema, planFromFirstSchema(value))).toBe(false);
  });

  it('refuses a first plan whose words are not text once migrated', () => {
    expect(v.is(records.safeCallPlan.schema, planFromFirstSchema({ ...firstPlan, who: 7 }))).toBe(false);
  });
});

describe('migrating the stored plan', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    fakeBrowser.reset();
    vi.resetModules();
  });
  const rawStore = () => createStore('tend', 'user-data');

  it('brings a plan stored without a lock up to date as storage opens', async () => {
    await set('__schemaVersion', 1, rawStore());
    await set('safeCallPlan', firstPlan, rawStore());
    const storage = await import('@/lib/storage/storage');
    expect(await storage.read('safeCallPlan')).toEqual(migrated);
    expect(await storage.read('safeCallContact')).toEqual(EMPTY_CONTACT);
  });

  it('brings a plan sealed under the lock up to date at unlock, and keeps it sealed', async () => {
    const crypto = await import('@/lib/lock/crypto');
    const { lock, key } = await crypto.createLock('correct horse battery staple', 1000);
    await set('__schemaVersion', 1, rawStore());
    await set('__lock', lock, rawStore());
    const sealed = { ...(await crypto.encryptRecord(key, firstPlan, 'safeCallPlan')), epoch: lock.epoch, version: 1 };
    await set('safeCallPlan', sealed, rawStore());
    const storage = await import('@/lib/storage/storage');
    const lockModule = await import('@/lib/lock/lock');
    const { SCHEMA_VERSION } = await import('@/lib/storage/migrations');
    await expect(storage.read('safeCallPlan')).rejects.toBeInstanceOf(storage.LockedError);
    expect(await lockModule.unlock('correct horse battery staple')).toBe(true);
    expect(await storage.read('safeCallPlan')).toEqual(migrated);
    const stored = new Map(await entries(rawStore())).get('safeCallPlan');
    expect(stored).toMatchObject({ version: SCHEMA_VERSION });
    expect(JSON.stringify(stored)).not.toContain('Crown');
  });

  it('brings the plan of an exported file from the first schema up to date as it is imported', () => {
    const file = JSON.stringify({
      kind: 'tend-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-01T10:00:00.000Z',
      data: { safeCallPlan: firstPlan, discreetMode: true },
    });
    // The steps since also give a first-schema install the exit it had (see the exit's migration).
    const exit = { exitSettings: { ...DEFAULT_EXIT_SETTINGS, mode: 'replace-tab' }, exitModeOffer: true };
    expect(parseBackup(file)).toEqual({ ok: true, data: { safeCallPlan: migrated, discreetMode: true, ...exit } });
  });

  it('refuses an exported first-schema plan with a field too many, changing nothing', () => {
    const file = JSON.stringify({
      kind: 'tend-backup',
      schemaVersion: 1,
      exportedAt: '',
      data: { safeCallPlan: { ...firstPlan, extra: 'x' } },
    });
    expect(parseBackup(file)).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
  });
});

describe('the friend’s phone and email', () => {
  it.each(['+44 7700 900123', '+447700900123', '+1 (555) 010-0199', '+33.6.12.34.56.78'])(
    'accepts %j in the international form',
    (phone) => {
      expect(checkPhone(phone)).toEqual({ ok: true });
      expect(phoneDigits(phone)).toMatch(/^\+\d+$/);
    },
  );

  it.each(['07700 900123', '+44 77', '+0 7700 900123', 'call Sam', '+44 7700 900123 ext 2', '+44 7700 900123?body=x'])(
    'refuses %j with a clear message',
    (phone) => {
      expect(checkPhone(phone)).toEqual({ ok: false, error: expect.stringMatching(/\+ and the country code/) });
      expect(phoneDigits(phone)).toBeUndefined();
    },
  );

  it.each(['sam@example.com', 'jo.b+plans@mail.example.org'])('accepts the address %j', (email) => {
    expect(checkEmail(email)).toEqual({ ok: true });
  });

  it.each(['sam', 'sam@', 'sam@example', 'a b@example.com', 'sam@example.com?cc=x', 'sam%40x@example.com'])(
    'refuses the address %j',
    (email) => {
      expect(checkEmail(email)).toEqual({ ok: false, error: expect.stringMatching(/email address/) });
    },
  );

  it('leaves both optional, and the stored record refuses what the form refuses', () => {
    expect(checkPhone('')).toEqual({ ok: true });
    expect(checkEmail('  ')).toEqual({ ok: true });
    const schema = records.safeCallContact.schema;
    expect(v.is(schema, { ...EMPTY_CONTACT, friendPhone: '+44 7700 900123', friendEmail: 'sam@example.com' })).toBe(
      true,
    );
    expect(v.is(schema, { ...EMPTY_CONTACT, friendPhone: '07700 900123' })).toBe(false);
    expect(v.is(schema, { ...EMPTY_CONTACT, friendEmail: 'sam' })).toBe(false);
    expect(records.safeCallContact.sealed).toBe(false);
    expect(records.safeCallPlan.sealed).toBe(true);
  });
});

describe('the check-in alarms', () => {
  const now = new Date('2026-11-24T20:00').getTime();

  it('gives one alarm per check-in, named by the common prefix', () => {
    expect(checkInAlarms(['2026-11-24T21:00', '2026-11-24T23:30'], now)).toEqual({
      ok: true,
      alarms: [
        { name: 'check-in-1', when: new Date('2026-11-24T21:00').getTime() },
        { name: 'check-in-2', when: new Date('2026-11-24T23:30').getTime() },
      ],
    });
  });

  it.each([
    [[], /Add a check-in time/],
    [['2026-11-24T19:00'], /^That time has already passed/],
    [['2026-11-24T21:00', ''], /^Check-in 2: Choose the date and time/],
    [['2026-11-24T21:00', '2026-11-24T19:00'], /^Check-in 2: That time has already passed/],
  ])('refuses %j, naming the check-in', (times, error) => {
    expect(checkInAlarms(times, now)).toEqual({ ok: false, error: expect.stringMatching(error) });
  });
});
