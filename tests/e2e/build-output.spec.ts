/**
 * The built Chrome and Firefox extensions: no required host access, no exposed files, the default
 * CSP or stricter, no remote or inline scripts, no way to run a string as code or HTML. Reads the
 * build output only (`npm run test:e2e` builds both first); no browser is started.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DST_HASH } from '../../lib/psi/group';
import { SITE_SCRIPT_FILE } from '../../lib/sites/site-scripts';
import { SHIPPED_EXTENSION_PAGES_CSP } from '../../scripts/content-security-policy';
import {
  findDynamicCode,
  findHtmlSinks,
  findPageSignals,
  htmlProblems,
  manifestProblems,
} from '../security/build-checks';
import { scriptsOf, sizeOf } from '../security/built-scripts';

const OUTPUT = resolve(import.meta.dirname, '../../.output');

/**
 * Found only in the Public Suffix List's data (tldts): a private suffix no Tend source names. The
 * test below fails if no file holds it, so a marker the list stops matching cannot pass silently.
 */
const PSL_MARKER = 'herokuapp';

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dir, file));
}

/** The worker's script (Chrome) or the background scripts (Firefox). */
function backgroundScripts(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return manifest.background.service_worker ? [manifest.background.service_worker] : manifest.background.scripts;
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

    test('the pages can reach nothing beyond Tend’s own files', () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.content_security_policy).toEqual({ extension_pages: SHIPPED_EXTENSION_PAGES_CSP });
      expect(SHIPPED_EXTENSION_PAGES_CSP).toContain("connect-src 'none'");
    });

    test('the worker holds no hook for tests', () => {
      const worker = readFileSync(join(dir, 'background.js'), 'utf8');
      expect(/tendQuickExit|tendOnIdle/.exec(worker)?.[0], 'a test hook in background.js').toBeUndefined();
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

    test('the Public Suffix List loads only where sites are added or imported', () => {
      const withList = filesIn(dir, '.js').filter((file) => readFileSync(file, 'utf8').includes(PSL_MARKER));
      const size = sizeOf(withList);
      const names = withList.map((file) => relative(dir, file));
      test.info().annotations.push({
        type: 'Public Suffix List',
        description: `${names.join(', ')}: ${size.raw} bytes, ${size.gzip} gzipped`,
      });
      expect(names.length).toBeGreaterThan(0);

      const background = backgroundScripts(dir);
      for (const file of [...background, SITE_SCRIPT_FILE]) expect(names, file).not.toContain(file);

      const holdsList = (files: string[]) => files.some((file) => withList.includes(file));
      const popup = scriptsOf(dir, 'popup.html');
      const sidebar = scriptsOf(dir, 'sidepanel.html');
      const settings = scriptsOf(dir, 'options.html');
      // The popup and the sidebar open without it; "Add this site", "My sites" and "Your data" load it.
      expect(holdsList(popup.initial)).toBe(false);
      expect(holdsList(popup.lazy)).toBe(true);
      expect(holdsList(sidebar.initial)).toBe(false);
      expect(holdsList(sidebar.lazy)).toBe(true);
      // Settings shows "My sites" and "Your data" at once.
      expect(holdsList(settings.initial)).toBe(true);
      // And no file holds it that no view loads (a stray copy in another bundle).
      const loaded = [popup, sidebar, settings].flatMap((view) => [...view.initial, ...view.lazy]);
      for (const file of withList) expect(loaded, relative(dir, file)).toContain(file);
    });

    test('the curve code of a private comparison is in one file, loaded only when the sidebar opens it', () => {
      const withCurve = filesIn(dir, '.js').filter((file) => readFileSync(file, 'utf8').includes(DST_HASH));
      const names = withCurve.map((file) => relative(dir, file));
      const size = sizeOf(withCurve);
      test.info().annotations.push({
        type: 'Private comparison',
        description: `${names}: ${size.raw} bytes, ${size.gzip} gzipped`,
      });
      expect(names).toHaveLength(1);
      const [file] = withCurve as [string];
      // Not even the boundaries list waits for it: its chunk is not the one that holds the list.
      expect(readFileSync(file, 'utf8')).not.toContain('Save list as a file');
      const sidebar = scriptsOf(dir, 'sidepanel.html');
      expect(sidebar.initial).not.toContain(file);
      expect(sidebar.lazy).toContain(file);
      for (const view of ['popup.html', 'options.html']) {
        const { initial, lazy } = scriptsOf(dir, view);
        expect([...initial, ...lazy], view).not.toContain(file);
      }
      const background = backgroundScripts(dir);
      for (const other of [...background, SITE_SCRIPT_FILE]) expect(names, other).not.toContain(other);
    });
  });
}

test('the e2e build is the shipped build plus the worker’s test hooks, and nothing else', () => {
  const e2e = join(OUTPUT, 'chrome-mv3-e2e');
  const shipped = join(OUTPUT, 'chrome-mv3');
  const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  // The same manifest, so the same policy: the e2e suite runs under the shipped CSP.
  expect(manifestOf(e2e)).toEqual(manifestOf(shipped));
  const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  expect(files(e2e)).toEqual(files(shipped));
  for (const file of files(shipped)) {
    if (file === 'manifest.json' || file === 'background.js' || !file.includes('.')) continue;
    expect(readFileSync(join(e2e, file)).equals(readFileSync(join(shipped, file))), file).toBe(true);
  }
  // Proves the shipped-worker check is not blind: the hooks are there when the mode asks for them.
  const hooked = readFileSync(join(e2e, 'background.js'), 'utf8');
  expect(['tendQuickExit', 'tendOnIdle'].filter((hook) => !hooked.includes(hook))).toEqual([]);
});

test('Firefox declares that Tend collects no data', () => {
  const manifest = JSON.parse(readFileSync(join(OUTPUT, 'firefox-mv3/manifest.json'), 'utf8'));
  expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
});

test('every view’s HTML holds the Quick exit button and its own script, before the app and sharing nothing with it', () => {
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const script = readFileSync(join(OUTPUT, build, 'quick-exit-button.js'), 'utf8');
    // One classic script, built on its own: no import can fail to load under it.
    expect(script).not.toMatch(/\bimport\s*[("'{*]|\bfrom\s*["']/);
    // Every page Tend shows but the neutral exit page itself.
    const views = readdirSync(join(OUTPUT, build)).filter((file) => file.endsWith('.html') && file !== 'exit.html');
    expect(views).toHaveLength(4);
    for (const view of views) {
      const html = readFileSync(join(OUTPUT, build, view), 'utf8');
      const button = html.indexOf('<button type="button" class="quick-exit"');
      const wiring = html.indexOf('<script src="/quick-exit-button.js"');
      expect(button, `${build}/${view}`).toBeGreaterThan(-1);
      expect(wiring).toBeGreaterThan(button);
      // Before the app's root, so it runs as the page is read, ahead of the app's deferred module.
      expect(html.indexOf('<div id="app">')).toBeGreaterThan(wiring);
    }
  }
});
