import { describe, expect, it, vi } from 'vitest';
import { backupFileName, makeBackup, parseBackup } from '@/lib/data/backup';
import { LIST_MAX } from '@/lib/limits';
import { SCHEMA_VERSION } from '@/lib/storage/migrations';
import type { StoredData } from '@/lib/storage/storage';
import { records } from '@/lib/storage/stored-schema';
import { sampleData } from './sample-data';

const NOW = new Date('2026-11-25T10:00:00Z');

const everything = sampleData;

/** A boundaries list of the current shape with some parts given. */
const list = (parts: Record<string, unknown>) => ({ ...records.boundaries.fallback, ...parts });

const file = (data: unknown, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ ...makeBackup(data as Partial<StoredData>, NOW), ...overrides });

describe('backup files', () => {
  it('round-trips everything stored', () => {
    const backup = makeBackup(everything, NOW);
    expect(backup).toMatchObject({ kind: 'tend-backup', schemaVersion: SCHEMA_VERSION });
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, data: everything });
  });

  it('round-trips a saved comparison that names a way round and a match from a version 1 code', () => {
    const comparison: Partial<StoredData> = {
      boundaryComparison: {
        savedAt: 1764064800000,
        items: [
          { text: 'Biting', group: 'Touch and intensity', mine: 'yes', theirs: 'maybe', direction: 'give' },
          { text: 'Rope', group: 'Restraint', mine: 'maybe', theirs: 'yes', direction: 'receive', eitherWay: true },
        ],
      },
    };
    expect(parseBackup(JSON.stringify(makeBackup(comparison, NOW)))).toEqual({ ok: true, data: comparison });
  });

  it('accepts an empty backup (from a fresh install)', () => {
    expect(parseBackup(file({}))).toEqual({ ok: true, data: {} });
  });

  it('reads a backup written at schema version 1', () => {
    const v1 = { kind: 'tend-backup', schemaVersion: 1, exportedAt: NOW.toISOString(), data: { firstRunDone: true } };
    // Exported before closing the tab became the default: it keeps replacing the page, as it did.
    expect(parseBackup(JSON.stringify(v1))).toEqual({
      ok: true,
      data: {
        firstRunDone: true,
        exitSettings: { ...records.exitSettings.fallback, mode: 'replace-tab' },
        exitModeOffer: true,
      },
    });
  });

  it('has a plain file name that does not name Tend', () => {
    expect(backupFileName(NOW)).toBe('backup-2026-11-25.json');
  });

  const notABackup: [string, string][] = [
    ['empty text', ''],
    ['not JSON', 'hello'],
    ['cut-off JSON', file(everything).slice(0, 40)],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['another program’s file', JSON.stringify({ name: 'my-app', version: '1.0.0' })],
    ['a boundaries share file', JSON.stringify({ kind: 'tend-boundaries', version: 1, items: [] })],
    ['no data', JSON.stringify({ kind: 'tend-backup', schemaVersion: 1, exportedAt: '' })],
    ['schema version zero', file({}, { schemaVersion: 0 })],
    ['schema version as text', file({}, { schemaVersion: '1' })],
    ['data as an array', file({}, { data: [] })],
  ];
  it.each(notABackup)('refuses %s as not a backup', (_, text) => {
    expect(parseBackup(text)).toEqual({
      ok: false,
      error: expect.stringMatching(/not a Tend backup.*Nothing was changed/),
    });
  });

  it('refuses a file from a newer Tend and says to update', () => {
    expect(parseBackup(file({}, { schemaVersion: SCHEMA_VERSION + 1 }))).toEqual({
      ok: false,
      error: expect.stringMatching(/newer version of Tend.*Nothing was changed/),
    });
  });

  const damaged: [string, Record<string, unknown>][] = [
    ['an unknown key', { surprise: 1 }],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['a wrong type', { firstRunDone: 'yes' }],
    [
      'an exit page that is a script',
      { exitSettings: { ...records.exitSettings.fallback, target: 'javascript:alert(1)' } },
    ],
    ['an unknown exit mode', { exitSettings: { ...records.exitSettings.fallback, mode: 'explode' } }],
    ['an extra field', { safeCallPlan: { ...records.safeCallPlan.fallback, extra: 'x' } }],
    ['a missing field', { safeCallPlan: { friendNote: '' } }],
    ['a malformed check-in time', { safeCallPlan: { ...records.safeCallPlan.fallback, checkIns: ['tomorrow'] } }],
    ['a huge note', { aftercarePlan: { ...records.aftercarePlan.fallback, forMe: 'x'.repeat(5001) } }],
    ['an empty kit item', { aftercarePlan: { ...records.aftercarePlan.fallback, ownKit: [{ id: 'a', label: '  ' }] } }],
    ['an impossible date', { journal: [{ id: 'e', date: '2026-02-30', good: '', notGood: '', signs: [] }] }],
    ['an answer for an item not on the list', { boundaries: list({ ratings: { 'no-such-item': 'yes' } }) }],
    ['an unknown answer', { boundaries: list({ ratings: { 'safe-word': 'always' } }) }],
    ['an item with direction answered without one', { boundaries: list({ ratings: { biting: 'yes' } }) }],
    ['a way round on an item without direction', { boundaries: list({ ratings: { 'safe-word:give': 'yes' } }) }],
    ['an unknown way round', { boundaries: list({ ratings: { 'biting:sideways': 'yes' } }) }],
    ['a curious mark on a No', { boundaries: list({ ratings: { 'biting:give': 'no' }, curious: ['biting:give'] }) }],
    ['a curious mark on no answer', { boundaries: list({ curious: ['safe-word'] }) }],
    ['an unconfirmed mark on no answer', { boundaries: list({ unconfirmed: ['biting:give'] }) }],
    [
      'an unconfirmed mark on an item without direction',
      { boundaries: list({ ratings: { 'safe-word': 'yes' }, unconfirmed: ['safe-word'] }) },
    ],
    [
      'an unconfirmed mark on an own item',
      {
        boundaries: list({
          ratings: { 'custom-1': 'yes' },
          custom: [{ id: 'custom-1', text: 'Candles' }],
          unconfirmed: ['custom-1'],
        }),
      },
    ],
    ['a boundaries list without its marks', { boundaries: { ratings: {}, notes: {}, custom: [] } }],
    ['an id with markup', { journal: [{ id: '<img>', date: '2026-02-03', good: '', notGood: '', signs: [] }] }],
    ['a site for every address', { sites: [{ pattern: '<all_urls>', paused: false }] }],
    ['a site pattern Tend would not make', { sites: [{ pattern: 'https://example.org/messages/*', paused: false }] }],
    ['a star in a site’s name', { sites: [{ pattern: 'https://*.*.org/*', paused: false }] }],
    ['a snooze for a malformed site', { siteSnoozes: { '*://*/*': 1 } }],
    [
      'more snoozes than there can be sites',
      {
        siteSnoozes: Object.fromEntries(Array.from({ length: LIST_MAX + 1 }, (_, n) => [`https://s${n}.example/*`, 1])),
      },
    ],
  ];
  it.each(damaged)('refuses a backup with %s as damaged', (_, data) => {
    expect(parseBackup(file(data))).toEqual({
      ok: false,
      error: expect.stringMatching(/damaged.*Nothing was changed/),
    });
  });

  it('keeps snoozes only for the sites in the same backup', () => {
    const site = 'https://community.example/*';
    const snoozes = { [site]: 5, 'https://gone.example/*': 6 };
    expect(parseBackup(file({ sites: [{ pattern: site, paused: false }], siteSnoozes: snoozes }))).toEqual({
      ok: true,
      data: { sites: [{ pattern: site, paused: false }], siteSnoozes: { [site]: 5 } },
    });
    expect(parseBackup(file({ siteSnoozes: snoozes }))).toEqual({ ok: true, data: { siteSnoozes: {} } });
  });

  it('refuses a file far larger than any backup before parsing it', () => {
    expect(parseBackup(' '.repeat(10 * 1024 * 1024 + 1))).toMatchObject({ ok: false });
  });
});

describe('a backup naming a retired boundary item', () => {
  it('is read without that item’s answers and note, and without a word', async () => {
    vi.resetModules();
    vi.doMock('@/content/boundary-items', async (original) => {
      const actual = await original<typeof import('@/content/boundary-items')>();
      return { ...actual, retiredBoundaryIds: ['old-item'] };
    });
    try {
      const backup = await import('@/lib/data/backup');
      const boundaries = list({
        ratings: { 'old-item': 'yes', 'safe-word': 'yes' },
        notes: { 'old-item': 'Gently' },
        curious: ['old-item'],
      });
      expect(backup.parseBackup(file({ boundaries }))).toEqual({
        ok: true,
        data: { boundaries: list({ ratings: { 'safe-word': 'yes' } }) },
      });
    } finally {
      vi.doUnmock('@/content/boundary-items');
      vi.resetModules();
    }
  });
});
