import { describe, expect, it } from 'vitest';
import { checkImported } from '@/lib/data/import-checks';
import { records } from '@/lib/storage/stored-schema';

const saved = { at: Date.parse('2026-11-29T22:00:00Z'), about: true, savedAt: Date.parse('2026-11-30T09:00:00Z') };

describe('the saved timeline', () => {
  it('is sealed by the lock and absent until saved', () => {
    expect(records.timeline.sealed).toBe(true);
    expect(records.timeline.fallback).toBeNull();
  });

  it('comes back from a backup as it was saved, and forgotten as null', () => {
    expect(checkImported('timeline', saved)).toEqual(saved);
    expect(checkImported('timeline', null)).toBeNull();
  });

  it('is refused from a backup when it is not a moment Tend could have saved', () => {
    for (const bad of [
      { ...saved, at: saved.savedAt + 1 },
      { ...saved, at: -1 },
      { ...saved, at: 1.5 },
      { ...saved, about: 'yes' },
      { ...saved, note: 'extra' },
      { at: saved.at },
      [],
    ]) {
      expect(checkImported('timeline', bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
});
