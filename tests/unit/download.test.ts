import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readTextFile } from '@/lib/data/download';
import { localDate } from '@/lib/dates';

describe('file helpers', () => {
  it('stamps file names with the local date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 10, 25))).toBe('2026-11-25');
  });

  it('reads a chosen file’s text', async () => {
    expect(await readTextFile(new File(['{"a": "✨"}'], 'share.json'))).toEqual({ ok: true, text: '{"a": "✨"}' });
  });

  it('refuses a file too large to be Tend’s without reading it', async () => {
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'holiday.mp4');
    expect(await readTextFile(big)).toEqual({
      ok: false,
      error: '“holiday.mp4” is too large to be a file saved by Tend.',
    });
  });
});
