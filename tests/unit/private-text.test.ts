import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const SHARED = 'components/ui/PrivateText.tsx';

/** Every view's source file: the views are Preact components (the script on web pages shows no text box). */
function viewSources(): string[] {
  return ['components', 'entrypoints']
    .flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`),
    )
    .filter((file) => file.endsWith('.tsx'));
}

/** The text boxes a source file renders itself: inputs that take text, textareas, editable boxes. */
function ownTextBoxes(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/<(input|textarea)\b[\s\S]*?\/>/g)) {
    if (match[1] === 'input' && /type="(checkbox|radio|file|hidden)"/.test(match[0])) continue;
    found.push(match[0].split('\n')[0] ?? '');
  }
  for (const match of source.matchAll(/contentEditable|contenteditable/g)) found.push(match[0]);
  return found;
}

describe('text boxes in Tend’s views', () => {
  it('are all rendered through the one shared private field', () => {
    const elsewhere = viewSources()
      .filter((file) => file !== SHARED)
      .flatMap((file) => ownTextBoxes(readFileSync(join(root, file), 'utf8')).map((box) => `${file}: ${box}`));
    expect(elsewhere).toEqual([]);
  });

  it('the scan finds a text box written by hand', () => {
    expect(ownTextBoxes('<input id="x" value={v} />')).toHaveLength(1);
    expect(ownTextBoxes('<textarea rows={2} />')).toHaveLength(1);
    expect(ownTextBoxes('<div contentEditable />')).toHaveLength(1);
    expect(ownTextBoxes('<input type="checkbox" checked />')).toEqual([]);
  });
});
