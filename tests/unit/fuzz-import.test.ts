/**
 * Fuzz: 1,000 random and mutated backup files go through the same path as an import in the view
 * (parse, and only if accepted, replace). Each must be refused and leave the store byte for byte
 * as it was. Seeded, so a failure is reproducible.
 */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries } from 'idb-keyval';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBackup, parseBackup } from '@/lib/data/backup';
import { records, type StoredName } from '@/lib/storage/stored-schema';
import { sampleData } from './sample-data';
import { prng } from './seeded';

const RUNS = 1000;

const valid = makeBackup(sampleData, new Date('2026-11-25T10:00:00Z'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function randomJson(random: () => number, depth = 0): Json {
  const kind = Math.floor(random() * (depth > 2 ? 4 : 6));
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2) return Math.floor(random() * 2e6) - 1e6;
  if (kind === 3)
    return Math.random()
      .toString(36)
      .slice(2, 2 + Math.floor(random() * 12));
  if (kind === 4) return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(random() * 4) }, (_, i) => [`k${i}`, randomJson(random, depth + 1)]),
  );
}

/** Every path to a value inside `data`, e.g. ['journal', 0, 'signs']. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([key, child]) => paths(child as Json, [...prefix, key]))];
}

/** A value of another JSON type than `value`, so no schema can accept it where `value` was. */
/** A value of another type than `value`, and one the record's schema refuses (null is a saved comparison's "none"). */
function otherType(value: Json, random: () => number, accepted: (value: Json) => boolean): Json {
  const options: Json[] = [null, true, 42, 'text', [], { x: 1 }].filter((option) => !accepted(option));
  const sameType = (a: Json, b: Json) =>
    (Array.isArray(a) ? 'array' : a === null ? 'null' : typeof a) ===
    (Array.isArray(b) ? 'array' : b === null ? 'null' : typeof b);
  const others = options.filter((option) => !sameType(option, value));
  return others[Math.floor(random() * others.length)] as Json;
}

function mutate(random: () => number): string {
  const file = structuredClone(valid) as unknown as { [key: string]: Json };
  const text = JSON.stringify(file);
  const dataPaths = paths(file.data as Json, ['data']).filter((path) => path.length > 1);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  const parentOf = (path: (string | number)[]) =>
    path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key] as Json, file as Json) as
      | Record<string, Json>
      | Json[];
  switch (Math.floor(random() * 8)) {
    case 0: // random bytes
      return String.fromCharCode(
        ...Array.from({ length: Math.floor(random() * 200) }, () => Math.floor(random() * 256)),
      );
    case 1: // any random JSON: never a backup
      return JSON.stringify(randomJson(random));
    case 2: // cut short
      return text.slice(0, Math.floor(random() * (text.length - 1)));
    case 3: {
      // a value of the wrong type somewhere in the data
      const path = pick(dataPaths);
      const parent = parentOf(path) as Record<string | number, Json>;
      const key = path[path.length - 1] as string | number;
      const record = records[path[1] as StoredName];
      const accepted = (option: Json) => path.length === 2 && v.is(record.schema, option);
      parent[key] = otherType(parent[key] as Json, random, accepted);
      return JSON.stringify(file);
    }
    case 4: {
      // an unknown field in an object of the data (arrays get a bad item instead)
      const objects = [['data'], ...dataPaths].filter((path) => {
        const node = path.reduce<Json>((n, k) => (n as Record<string, Json>)[k] as Json, file as Json);
        return node !== null && typeof node === 'object';
      });
      const target = pick(objects).reduce<Json>((n, k) => (n as Record<string, Json>)[k] as Json, file as Json);
      if (Array.isArray(target)) target.push(randomJson(random) === null ? 7 : 'unexpected');
      else (target as Record<string, Json>)[`extra${Math.floor(random() * 100)}`] = randomJson(random);
      return JSON.stringify(file);
    }
    case 5: {
      // a required field removed from an object of the data
      // Fields of records, not entries of maps (answers, notes, snoozes), which may be absent.
      const isMapEntry = (path: (string | number)[]) =>
        ['ratings', 'notes', 'siteSnoozes'].includes(String(path[path.length - 2]));
      const inObjects = dataPaths.filter(
        (path) => path.length > 2 && typeof path[path.length - 1] === 'string' && !isMapEntry(path),
      );
      const path = pick(inObjects);
      delete (parentOf(path) as Record<string, Json>)[path[path.length - 1] as string];
      return JSON.stringify(file);
    }
    case 6: // an impossible schema version
      file.schemaVersion = pick<Json>([0, -1, 1.5, 99, '1', null, [], true]);
      return JSON.stringify(file);
    default: // another kind of file
      file.kind = pick<Json>(['tend-boundaries', 'Tend-Backup', '', null, 1]);
      return JSON.stringify(file);
  }
}

async function snapshot(): Promise<string> {
  return JSON.stringify(await entries(createStore('tend', 'user-data')));
}

describe('import fuzz', () => {
  let storage: typeof import('@/lib/storage/storage');
  beforeAll(async () => {
    globalThis.indexedDB = new IDBFactory();
    storage = await import('@/lib/storage/storage');
    await storage.replaceAll(sampleData);
  });

  it('accepts the untouched file (the fuzz starts from a real backup)', () => {
    expect(parseBackup(JSON.stringify(valid))).toEqual({ ok: true, data: sampleData });
  });

  it(`refuses ${RUNS} random and mutated files, and the store stays byte for byte the same`, async () => {
    const before = await snapshot();
    const random = prng(20261125);
    const accepted: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const text = mutate(random);
      const result = parseBackup(text);
      if (result.ok) {
        accepted.push(text);
        await storage.replaceAll(result.data);
      } else {
        expect(result.error).toMatch(/Nothing was changed/);
      }
    }
    expect(accepted).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});
