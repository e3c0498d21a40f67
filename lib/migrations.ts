/**
 * Schema versions of the user's stored data, and the steps between them.
 * Pure: a migration gets every stored record and returns the records of the next version,
 * so each step can be unit-tested on a fixture without IndexedDB.
 */

export type Records = Readonly<Record<string, unknown>>;
export type Migration = (records: Records) => Records;

/**
 * `migrations[n - 1]` turns version n into version n + 1. Append a step whenever the stored
 * shape changes; the schema version follows from the list.
 */
export const migrations: readonly Migration[] = [];

export const SCHEMA_VERSION = migrations.length + 1;

export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`Your saved data comes from a newer version of Tend (schema ${found}). Update Tend to use it.`);
  }
}

/** Runs every step from `from` up to `steps.length + 1`. Never edits its input. */
export function migrate(records: Records, from: number, steps: readonly Migration[] = migrations): Records {
  const target = steps.length + 1;
  if (from > target) throw new NewerSchemaError(from);
  let current = records;
  for (let version = from; version < target; version++) {
    const step = steps[version - 1];
    if (!step) throw new Error(`No migration from schema ${version}`);
    current = step(current);
  }
  return current;
}
