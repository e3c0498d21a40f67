/**
 * The browsers the test suites drive, where they are looked for, and how to install each: read by
 * `scripts/check-browsers.ts`, which `npm test` runs before anything else.
 */

export interface BrowserNeed {
  name: string;
  /** The environment variable that overrides `path`. */
  variable: string;
  path: string;
  install: string;
}

export const BROWSERS: readonly BrowserNeed[] = [
  { name: 'Chromium', variable: 'CHROMIUM_PATH', path: '/usr/bin/chromium', install: 'apt-get install chromium' },
  {
    name: 'Firefox ESR',
    variable: 'FIREFOX_PATH',
    path: '/usr/bin/firefox-esr',
    install: 'apt-get install --no-install-recommends firefox-esr',
  },
];

/** One line for each browser that is not there: which one, where it was looked for, how to get it. */
export function missingBrowsers(
  env: Record<string, string | undefined>,
  isExecutable: (path: string) => boolean,
  needs: readonly BrowserNeed[] = BROWSERS,
): string[] {
  return needs.flatMap(({ name, variable, path, install }) => {
    const at = env[variable] || path;
    return isExecutable(at)
      ? []
      : [`${name} is missing (looked for ${at}): install it with \`${install}\`, or set ${variable} to its path.`];
  });
}
