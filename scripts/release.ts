/**
 * `npm run release -- <version>`: sets the version in package.json (and package-lock.json, so
 * `npm ci` stays in step; WXT copies it into both manifests) and turns CHANGELOG.md's
 * "## Unreleased" heading into "## <version> - <today>", with a fresh empty Unreleased above it.
 * Every check runs before anything is written: bad input changes no file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const UNRELEASED = '## Unreleased';

/**
 * Why `version` cannot follow `current`, or undefined. Both stores take one to four numbers of at
 * most 65535; npm wants three, so three it is, and it must move forward.
 */
export function versionProblem(version: string, current: string): string | undefined {
  if (!/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version))
    return `"${version}" is not a version: use three numbers such as 1.2.0.`;
  const parts = version.split('.').map(Number);
  if (parts.some((part) => part > 65535)) return `"${version}": each number can be at most 65535.`;
  const before = current.split('.').map(Number);
  const newer = parts.findIndex((part, index) => part !== before[index]);
  if (newer === -1 || (parts[newer] ?? 0) < (before[newer] ?? 0))
    return `${version} is not newer than the current version ${current}.`;
  return undefined;
}

/** The changelog with its Unreleased heading turned into the release; throws a clear error if it cannot. */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const lines = changelog.split('\n');
  const at = lines.indexOf(UNRELEASED);
  if (at === -1) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" heading to release.`);
  if (lines.some((line) => line.startsWith(`## ${version} `)))
    throw new Error(`CHANGELOG.md already has a section for ${version}.`);
  const next = lines.findIndex((line, index) => index > at && line.startsWith('## '));
  const notes = lines.slice(at + 1, next === -1 ? undefined : next);
  if (!notes.some((line) => line.trim() !== ''))
    throw new Error(`The "${UNRELEASED}" section of CHANGELOG.md is empty: say what changed first.`);
  return [...lines.slice(0, at), UNRELEASED, '', `## ${version} - ${date}`, ...lines.slice(at + 1)].join('\n');
}

/** Today as YYYY-MM-DD, in UTC. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Releases `version` in the project at `root`: package.json, package-lock.json and CHANGELOG.md. */
export function release(root: string, version: string, date = today()): void {
  const paths = {
    pkg: join(root, 'package.json'),
    lock: join(root, 'package-lock.json'),
    changelog: join(root, 'CHANGELOG.md'),
  };
  const pkg = JSON.parse(readFileSync(paths.pkg, 'utf8')) as { version: string };
  const problem = versionProblem(version, pkg.version);
  if (problem) throw new Error(problem);
  const changelog = releaseChangelog(readFileSync(paths.changelog, 'utf8'), version, date);
  const lock = JSON.parse(readFileSync(paths.lock, 'utf8')) as {
    version: string;
    packages: Record<string, { version?: string }>;
  };
  lock.version = version;
  if (lock.packages['']) lock.packages[''].version = version;

  writeFileSync(paths.pkg, `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
  writeFileSync(paths.lock, `${JSON.stringify(lock, null, 2)}\n`);
  writeFileSync(paths.changelog, changelog);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [version] = process.argv.slice(2);
  try {
    if (!version) throw new Error('Say which version: npm run release -- 1.2.0');
    // npm runs scripts from the project's root.
    release(process.cwd(), version);
    console.log(`Released ${version}: package.json, package-lock.json and CHANGELOG.md updated.`);
  } catch (error) {
    console.error(`${(error as Error).message} Nothing was changed.`);
    process.exitCode = 1;
  }
}
