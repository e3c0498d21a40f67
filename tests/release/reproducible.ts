/**
 * `npm run test:release`: makes the store packages (`npm run zip`), unzips the sources zip that
 * addons.mozilla.org reviews into a temporary folder, builds it there the way README's "Store
 * packages" says (`npm run build` and `npm run build:firefox`), and checks that every file in the
 * Chrome and Firefox zips equals the rebuilt one, byte for byte, and that both manifests carry
 * package.json's version. To stay quick it links this
 * checkout's node_modules into the folder instead of running `npm ci` (the same locked versions).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { filesUnder, treeDifferences } from './trees';

const ROOT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const zipPath = (kind: string) => join(ROOT, '.output', `tend-${version}-${kind}.zip`);

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
const unzip = (zip: string, into: string) => {
  mkdirSync(into, { recursive: true });
  run('unzip', ['-q', zip, '-d', into], ROOT);
};

run('npm', ['run', 'zip'], ROOT);
const work = mkdtempSync(join(tmpdir(), 'tend-release-'));
try {
  const sources = join(work, 'sources');
  unzip(zipPath('sources'), sources);
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(sources, 'node_modules'), 'dir');
  run('npm', ['run', 'build'], sources);
  run('npm', ['run', 'build:firefox'], sources);

  const problems = (['chrome', 'firefox'] as const).flatMap((browser) => {
    const shipped = join(work, `${browser}-zip`);
    unzip(zipPath(browser), shipped);
    const rebuilt = join(sources, '.output', `${browser}-mv3`);
    // WXT copies package.json's version (set by `npm run release`) into each manifest.
    const manifest = JSON.parse(readFileSync(join(shipped, 'manifest.json'), 'utf8')) as { version: string };
    if (manifest.version !== version) return [`${browser}: manifest version ${manifest.version}, not ${version}`];
    const count = filesUnder(shipped).length;
    console.log(`${browser}: ${count} files in the zip compared with the rebuild`);
    if (count === 0) return [`${browser}: the zip holds no files`];
    return treeDifferences(shipped, rebuilt).map((line) => `${browser}: ${line}`);
  });

  for (const kind of ['chrome', 'firefox', 'sources']) {
    console.log(`${zipPath(kind).slice(ROOT.length + 1)}: ${(statSync(zipPath(kind)).size / 1024).toFixed(1)} KB`);
  }
  if (problems.length > 0) {
    console.error(`The build from the sources zip differs from the store zips:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('Built from the sources zip, every file of the Chrome and Firefox zips is identical, byte for byte.');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
