import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LIST_MAX } from '@/lib/limits';
import { migrate, migrateRecord, NewerSchemaError, SCHEMA_VERSION } from '@/lib/storage/migrations';
import { type Migration, migrations, records } from '@/lib/storage/stored-schema';

// Two test-only steps, not the registry's: step 1 (schema 1 -> 2) reshapes the safe-call plan,
// step 2 (schema 2 -> 3) the boundaries list.
const steps = [
  { record: 'safeCallPlan', up: (old: unknown) => ({ ...(old as object), added: 'by step 1' }) },
  { record: 'boundaries', up: (old: unknown) => ({ ...(old as object), added: 'by step 2' }) },
] as const;

describe('migrateRecord', () => {
  it('runs only the steps for that record, from its schema to the newest', () => {
    expect(migrateRecord('safeCallPlan', { who: 'Sam' }, 1, steps)).toEqual({ who: 'Sam', added: 'by step 1' });
    expect(migrateRecord('boundaries', { custom: [] }, 1, steps)).toEqual({ custom: [], added: 'by step 2' });
    expect(migrateRecord('journal', [], 1, steps)).toEqual([]);
  });

  it('skips the steps before the schema it was stored at', () => {
    expect(migrateRecord('safeCallPlan', { who: 'Sam' }, 2, steps)).toEqual({ who: 'Sam' });
    expect(migrateRecord('boundaries', { custom: [] }, 2, steps)).toEqual({ custom: [], added: 'by step 2' });
    expect(migrateRecord('boundaries', { custom: [] }, 3, steps)).toEqual({ custom: [] });
  });

  it('does not change its input', () => {
    const stored = Object.freeze({ who: 'Sam' });
    migrateRecord('safeCallPlan', stored, 1, steps);
    expect(stored).toEqual({ who: 'Sam' });
  });

  it('refuses data from a newer schema with a clear message, and a schema that never was', () => {
    expect(() => migrateRecord('safeCallPlan', {}, 4, steps)).toThrow(NewerSchemaError);
    expect(() => migrateRecord('safeCallPlan', {}, 4, steps)).toThrow(/newer version of Tend/);
    expect(() => migrateRecord('safeCallPlan', {}, 0, steps)).toThrow(/No schema 0/);
  });
});

describe('migrate', () => {
  it('brings every record of a backup to the newest schema', () => {
    expect(migrate({ safeCallPlan: {}, boundaries: {}, journal: [] }, 1, steps)).toEqual({
      safeCallPlan: { added: 'by step 1' },
      boundaries: { added: 'by step 2' },
      journal: [],
    });
    expect(() => migrate({}, 4, steps)).toThrow(NewerSchemaError);
  });
});

describe('a step that creates a record where none is stored', () => {
  const creating: Migration[] = [
    { record: 'exitModeOffer', absent: () => true },
    { record: 'exitModeOffer', up: (old) => `${String(old)} then step 2` },
  ];

  it('creates it only where it is absent, and later steps reshape it', () => {
    expect(migrate({}, 1, creating)).toEqual({ exitModeOffer: 'true then step 2' });
    expect(migrate({ exitModeOffer: false }, 1, creating)).toEqual({ exitModeOffer: 'false then step 2' });
  });

  it('does not run again on a store already past it', () => {
    expect(migrate({}, 2, creating)).toEqual({});
  });
});

describe('the registry’s steps', () => {
  it('name records that exist, and set the schema version', () => {
    for (const step of migrations) expect(Object.keys(records)).toContain(step.record);
    expect(SCHEMA_VERSION).toBe(migrations.length + 1);
  });

  it('create only records the lock never seals (a sealed one is absent from the plain records storage migrates)', () => {
    for (const step of migrations.filter((step) => step.absent)) expect(records[step.record].sealed).toBe(false);
  });
});

describe('the step that caps stored snoozes', () => {
  const snoozeStep = migrations.findIndex((step) => step.record === 'siteSnoozes');
  const many = Object.fromEntries(Array.from({ length: LIST_MAX + 5 }, (_, n) => [`https://s${n}.example/*`, n]));

  it('keeps the snoozes that run longest, as many as there may be sites, so the store passes its schema', () => {
    expect(snoozeStep).toBeGreaterThanOrEqual(0);
    const capped = migrateRecord('siteSnoozes', many, snoozeStep + 1) as Record<string, number>;
    expect(Object.keys(capped)).toHaveLength(LIST_MAX);
    expect(capped['https://s4.example/*']).toBeUndefined();
    expect(capped['https://s5.example/*']).toBe(5);
    expect(v.is(records.siteSnoozes.schema, capped)).toBe(true);
  });

  it('leaves snoozes within the cap as they are', () => {
    const few = { 'https://a.example/*': 1 };
    expect(migrateRecord('siteSnoozes', few, snoozeStep + 1)).toEqual(few);
  });
});
