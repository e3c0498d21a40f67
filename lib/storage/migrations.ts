/**
 * Running the registry's migration steps (lib/storage/stored-schema.ts lists them and says how to add one).
 * Pure, per record: storage runs them on plain records as it opens, on sealed ones at unlock, and
 * lib/data/backup.ts on an older backup's records, so every path gives the same result.
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

/** The steps that run on a store at schema `from`; throws for a schema that never was or is newer. */
function stepsFrom(from: number, steps: readonly Migration[]): readonly Migration[] {
  if (!Number.isInteger(from) || from < 1) throw new Error(`No schema ${from}`);
  if (from > steps.length + 1) throw new NewerSchemaError(from);
  return steps.slice(from - 1);
}

/** `value`, stored at schema `from`, brought to the newest schema by the steps for record `name`. */
export function migrateRecord(
  name: string,
  value: unknown,
  from: number,
  steps: readonly Migration[] = migrations,
): unknown {
  let current = value;
  for (const step of stepsFrom(from, steps)) {
    if (step.record === name && step.up) current = step.up(current);
  }
  return current;
}

/**
 * Every record of `records`, stored at schema `from`, brought to the newest, with the records a
 * step creates where none is stored (`Migration.absent`). Never edits its input.
 */
export function migrate(records: Records, from: number, steps: readonly Migration[] = migrations): Records {
  const migrated: Record<string, unknown> = { ...records };
  for (const { record, up, absent } of stepsFrom(from, steps)) {
    if (Object.hasOwn(migrated, record)) {
      if (up) migrated[record] = up(migrated[record]);
    } else if (absent) {
      migrated[record] = absent();
    }
  }
  return migrated;
}
