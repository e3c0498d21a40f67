/**
 * Run first by `npm test` (and `npm run test:firefox`, for Firefox alone): stops with one line per
 * missing browser, instead of a failure deep inside a test runner. `npx tsx scripts/check-browsers.ts [name...]`.
 */
import { accessSync, constants } from 'node:fs';
import { BROWSERS, missingBrowsers } from './browsers';

const wanted = process.argv.slice(2).map((name) => name.toLowerCase());
const needs = BROWSERS.filter(
  (browser) => wanted.length === 0 || wanted.some((name) => browser.name.toLowerCase().includes(name)),
);
const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const missing = missingBrowsers(process.env, isExecutable, needs);
for (const line of missing) console.error(line);
if (missing.length > 0) process.exit(1);
