/** Saving data as a file the user downloads: a Blob link, so no permission and no network are needed. */
import type { Result } from '@/lib/checks';

/** Starts the download of `data` as pretty-printed JSON named `filename`. */
export function downloadJson(filename: string, data: unknown): void {
  downloadText(filename, JSON.stringify(data, null, 2), 'application/json');
}

/** Starts the download of `text` named `filename`, of media type `type`. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Largest file Tend reads back; refusing bigger ones first keeps a wrong file from freezing the page. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** The text of a file the user chose, or why it cannot be read. */
export async function readTextFile(file: File): Promise<Result<{ text: string }>> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, error: `“${file.name}” is too large to be a file saved by Tend.` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: `“${file.name}” could not be read. Try choosing it again.` };
  }
}
