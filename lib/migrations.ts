/**
 * Running the registry's migration steps (lib/stored-schema.ts lists them and says how to add one).
 * Pure, per record: storage runs them on plain records as it opens, on sealed ones at unlock, and
 * lib/backup.ts on an older backup's records, so every path gives the same result.
 */
import { type Migration, migrations } from './stored-schema';

export type Records = Readonly<Record<string, unknown>>;

/** The schema the registry describes: one more than the number of steps. */
export const SCHEMA_VERSION = migrations.length + 1;

export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`Your saved data comes from a newer version of Tend (schema ${found}). Update Tend to use it.`);
  }
}

/** `value`, stored at schema `from`, brought to the newest schema by the steps for record `name`. */
export function migrateRecord(
  name: string,
  value: unknown,
  from: number,
  steps: readonly Migration[] = migrations,
): unknown {
  if (!Number.isInteger(from) || from < 1) throw new Error(`No schema ${from}`);
  if (from > steps.length + 1) throw new NewerSchemaError(from);
  let current = value;
  for (const step of steps.slice(from - 1)) {
    if (step.record === name) current = step.up(current);
  }
  return current;
}

/** Every record of `records`, stored at schema `from`, brought to the newest. Never edits its input. */
export function migrate(records: Records, from: number, steps: readonly Migration[] = migrations): Records {
  if (from > steps.length + 1) throw new NewerSchemaError(from);
  return Object.fromEntries(
    Object.entries(records).map(([name, value]) => [name, migrateRecord(name, value, from, steps)]),
  );
}
