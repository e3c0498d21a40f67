import { describe, expect, it } from 'vitest';
import { type Migration, migrate, NewerSchemaError } from '@/lib/migrations';

// Two made-up steps stand in for future schema changes: v1 -> v2 renames a key, v2 -> v3 adds one.
const steps: Migration[] = [
  ({ lastSection, ...rest }) => ({ ...rest, lastSectionId: lastSection }),
  (records) => ({ ...records, addedInV3: true }),
];

describe('migrate', () => {
  const v1 = Object.freeze({ lastSection: 'aftercare', other: 1 });

  it('runs every step from the stored version to the newest', () => {
    expect(migrate(v1, 1, steps)).toEqual({ lastSectionId: 'aftercare', other: 1, addedInV3: true });
  });

  it('runs only the steps after the stored version', () => {
    expect(migrate({ lastSectionId: 'consent' }, 2, steps)).toEqual({ lastSectionId: 'consent', addedInV3: true });
  });

  it('leaves current data as it is', () => {
    const current = { lastSectionId: 'consent' };
    expect(migrate(current, 3, steps)).toBe(current);
  });

  it('does not change its input', () => {
    migrate(v1, 1, steps);
    expect(v1).toEqual({ lastSection: 'aftercare', other: 1 });
  });

  it('refuses data from a newer schema with a clear message', () => {
    expect(() => migrate({}, 4, steps)).toThrow(NewerSchemaError);
    expect(() => migrate({}, 4, steps)).toThrow(/newer version of Tend/);
  });

  it('has no steps yet at schema 1, so nothing changes', () => {
    expect(migrate({ a: 1 }, 1)).toEqual({ a: 1 });
  });
});
