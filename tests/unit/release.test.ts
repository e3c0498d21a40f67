/** `npm run release -- <version>` on a temporary copy of package.json, its lock file and CHANGELOG.md. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { release, releaseChangelog, today, UNRELEASED, versionProblem } from '@/scripts/release';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = ['package.json', 'package-lock.json', 'CHANGELOG.md'] as const;
const { version: CURRENT } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
/** A version newer than the project's, whatever it is when the test runs. */
const NEXT = `${Number(CURRENT.split('.')[0]) + 1}.0.0`;

let work: string;
const read = (file: string) => readFileSync(join(work, file), 'utf8');
const snapshot = () => FILES.map(read);

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'tend-release-'));
  for (const file of FILES) copyFileSync(join(ROOT, file), join(work, file));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('release', () => {
  it('sets the version in package.json and its lock file, and dates the Unreleased notes', () => {
    const before = JSON.parse(read('package.json'));
    release(work, NEXT, '2026-11-30');
    expect(JSON.parse(read('package.json'))).toEqual({ ...before, version: NEXT });
    const lock = JSON.parse(read('package-lock.json'));
    expect([lock.version, lock.packages[''].version]).toEqual([NEXT, NEXT]);
    const changelog = read('CHANGELOG.md');
    expect(changelog).toContain(`${UNRELEASED}\n\n## ${NEXT} - 2026-11-30\n\nFirst release.`);
    expect(changelog.split(UNRELEASED)).toHaveLength(2);
  });

  it('runs from npm with today’s date and says what it did', () => {
    const output = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/release.ts'), NEXT], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(output).toContain(`Released ${NEXT}`);
    expect(JSON.parse(read('package.json')).version).toBe(NEXT);
    expect(read('CHANGELOG.md')).toContain(`## ${NEXT} - ${today()}`);
  });

  it.each([
    ['v1.0.0', 'is not a version'],
    ['1.2', 'is not a version'],
    ['1.02.0', 'is not a version'],
    ['70000.0.0', 'at most 65535'],
    [CURRENT, 'is not newer'],
    ['0.0.1', 'is not newer'],
  ])('refuses %s and changes nothing', (version, message) => {
    const before = snapshot();
    expect(() => release(work, version, '2026-11-30')).toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a changelog without Unreleased notes, or one that already has the version, and changes nothing', () => {
    for (const [changelog, message] of [
      ['# Changelog\n\n## 0.1.0 - 2026-01-01\n\n- x\n', 'no "## Unreleased" heading'],
      ['# Changelog\n\n## Unreleased\n\n## 0.1.0 - 2026-01-01\n', 'is empty'],
      [`# Changelog\n\n## Unreleased\n\n- y\n\n## ${NEXT} - 2026-01-01\n`, 'already has a section'],
    ] as const) {
      writeFileSync(join(work, 'CHANGELOG.md'), changelog);
      const before = snapshot();
      expect(() => release(work, NEXT, '2026-11-30')).toThrow(message);
      expect(snapshot()).toEqual(before);
    }
  });

  it('from the command line, a refusal says nothing was changed and exits with an error', () => {
    const before = snapshot();
    expect(() =>
      execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/release.ts'), 'soon'], {
        cwd: work,
        stdio: 'pipe',
      }),
    ).toThrow(/is not a version: use three numbers such as 1\.2\.0\. Nothing was changed\./);
    expect(snapshot()).toEqual(before);
  });
});

describe('versionProblem and releaseChangelog', () => {
  it('take a newer patch, minor or major version', () => {
    expect(['0.1.1', '0.2.0', '1.0.0'].map((version) => versionProblem(version, '0.1.0'))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('the project’s own changelog has Unreleased notes ready to release', () => {
    expect(() => releaseChangelog(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), NEXT, '2026-11-30')).not.toThrow();
  });
});
