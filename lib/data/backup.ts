/**
 * The "Your data" file: everything stored, as one versioned JSON file, and the checks an import
 * must pass before anything is stored. Pure: storage and the view sit on top.
 */
import * as v from 'valibot';
import { isPlainObject, type Result } from '@/lib/checks';
import { localDate } from '@/lib/dates';
import { leaveOutShared } from '@/lib/sites/site-review';
import { migrate, SCHEMA_VERSION } from '@/lib/storage/migrations';
import type { StoredData } from '@/lib/storage/stored-schema';
import { checkImported } from './import-checks';

export const BACKUP_KIND = 'tend-backup';
/** Far above any real backup; refuses a wrong file before parsing it. */
export const BACKUP_MAX_BYTES = 10 * 1024 * 1024;

export interface Backup {
  kind: typeof BACKUP_KIND;
  schemaVersion: number;
  exportedAt: string;
  data: Partial<StoredData>;
}

export function makeBackup(data: Partial<StoredData>, now: Date): Backup {
  return { kind: BACKUP_KIND, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), data };
}

/** A plain name: a file called after Tend in a shared Downloads folder would give it away. */
export function backupFileName(now: Date): string {
  return `backup-${localDate(now)}.json`;
}

const Envelope = v.object({
  kind: v.literal(BACKUP_KIND),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
  // Kept as parsed, not copied by a schema, so no key (not even "__proto__") slips past the checks below.
  data: v.custom<Record<string, unknown>>(isPlainObject),
});

/** `leftOut`: sites on a shared suffix, dropped from `data` (lib/sites/site-review.ts); absent when none. */
export type BackupCheck = Result<{ data: Partial<StoredData>; leftOut?: string[] }>;

const NOT_A_BACKUP = 'This file is not a Tend backup. Choose a file that Tend exported. Nothing was changed.';
const NEWER = 'This backup comes from a newer version of Tend. Update Tend, then import it again. Nothing was changed.';
const DAMAGED = 'This backup is damaged or was edited, so Tend will not use it. Nothing was changed.';

/** Checks a backup file's text; on any problem returns a message for the user and no data. */
export function parseBackup(text: string): BackupCheck {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, error: NOT_A_BACKUP };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: NOT_A_BACKUP };
  }
  const envelope = v.safeParse(Envelope, json);
  if (!envelope.success) return { ok: false, error: NOT_A_BACKUP };
  if (envelope.output.schemaVersion > SCHEMA_VERSION) return { ok: false, error: NEWER };
  let records: Readonly<Record<string, unknown>>;
  try {
    records = migrate(envelope.output.data, envelope.output.schemaVersion);
  } catch {
    return { ok: false, error: DAMAGED };
  }
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(records)) {
    const checked = checkImported(key, value);
    if (checked === undefined) return { ok: false, error: DAMAGED };
    data[key] = checked;
  }
  // The Public Suffix List is checked here, where imports are, not in the schemas storage loads.
  const checked = leaveOutShared(data as Partial<StoredData>);
  return checked.leftOut.length > 0 ? { ok: true, ...checked } : { ok: true, data: checked.data };
}
