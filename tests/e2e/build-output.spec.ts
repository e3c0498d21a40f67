/**
 * The built Chrome and Firefox extensions: no required host access, no exposed files, the default
 * CSP or stricter, no remote or inline scripts, no way to run a string as code or HTML. Reads the
 * build output only (`npm run test:e2e` builds both first); no browser is started.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { SITE_SCRIPT_FILE } from '../../lib/site-scripts';
import {
  findDynamicCode,
  findHtmlSinks,
  findPageSignals,
  htmlProblems,
  manifestProblems,
} from '../security/build-checks';

const OUTPUT = resolve(import.meta.dirname, '../../.output');

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dir, file));
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(OUTPUT, build);

  test.describe(build, () => {
    test.beforeAll(() => {
      if (!existsSync(join(dir, 'manifest.json'))) {
        throw new Error(`No build in ${dir}: run \`npm run build\` and \`npm run build:firefox\` first.`);
      }
    });

    test('manifest asks for no host access and exposes nothing', () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.manifest_version).toBe(3);
      expect(manifestProblems(manifest)).toEqual([]);
    });

    test('pages load only their own scripts', () => {
      const pages = filesIn(dir, '.html');
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const page of pages) expect(htmlProblems(readFileSync(page, 'utf8')), page).toEqual([]);
    });

    test('no script turns a string into code', () => {
      const scripts = filesIn(dir, '.js');
      expect(scripts.length).toBeGreaterThan(3);
      for (const script of scripts) expect(findDynamicCode(readFileSync(script, 'utf8')), script).toEqual([]);
    });

    test('no script parses a string as HTML', () => {
      for (const script of filesIn(dir, '.js')) expect(findHtmlSinks(readFileSync(script, 'utf8')), script).toEqual([]);
    });

    test('the script on the user’s sites cannot signal the page or reach the network, and stays small', () => {
      const script = readFileSync(join(dir, SITE_SCRIPT_FILE));
      expect(findPageSignals(script.toString('utf8'))).toEqual([]);
      // No WXT content-script wrapper (it announces Tend to the page) and no polyfill (it doubled the size).
      expect(existsSync(join(dir, 'content-scripts'))).toBe(false);
      expect(script.length).toBeLessThanOrEqual(12 * 1024);
      expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(10 * 1024);
    });
  });
}

test('Firefox declares that Tend collects no data', () => {
  const manifest = JSON.parse(readFileSync(join(OUTPUT, 'firefox-mv3/manifest.json'), 'utf8'));
  expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
});
