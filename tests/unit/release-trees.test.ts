/** The reproducible-build check (tests/release) reports every kind of difference between two builds. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, treeDifferences } from '../release/trees';

let work: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), text);
};

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'tend-trees-'));
  for (const side of ['a', 'b']) {
    write(`${side}/manifest.json`, '{}');
    write(`${side}/chunks/popup.js`, 'x=1');
  }
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('treeDifferences', () => {
  it('finds nothing between identical folders, nested files included', () => {
    expect(filesUnder(join(work, 'a'))).toEqual(['chunks/popup.js', 'manifest.json']);
    expect(treeDifferences(join(work, 'a'), join(work, 'b'))).toEqual([]);
  });

  it('reports a changed byte, a missing file and an extra file', () => {
    write('b/chunks/popup.js', 'x=2');
    write('a/icon/16.png', 'png');
    write('b/stray.js', '');
    expect(treeDifferences(join(work, 'a'), join(work, 'b'))).toEqual([
      'differs: chunks/popup.js',
      'missing: icon/16.png',
      'extra: stray.js',
    ]);
  });
});
