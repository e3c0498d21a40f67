import { describe, expect, it } from 'vitest';
import { BROWSERS, missingBrowsers } from '../../scripts/browsers';

describe('missingBrowsers', () => {
  it('says nothing when every browser is there', () => {
    expect(missingBrowsers({}, () => true)).toEqual([]);
  });

  it('names the missing browser, where it looked and how to install it, in one line', () => {
    const lines = missingBrowsers({}, (path) => path !== '/usr/bin/firefox-esr');
    expect(lines).toEqual([
      'Firefox ESR is missing (looked for /usr/bin/firefox-esr): install it with `apt-get install --no-install-recommends firefox-esr`, or set FIREFOX_PATH to its path.',
    ]);
  });

  it('looks where the environment variable points instead of the default', () => {
    const looked: string[] = [];
    missingBrowsers({ CHROMIUM_PATH: '/opt/chromium/chrome', FIREFOX_PATH: '' }, (path) => {
      looked.push(path);
      return true;
    });
    expect(looked).toEqual(['/opt/chromium/chrome', '/usr/bin/firefox-esr']);
  });

  it('lists one line per missing browser', () => {
    expect(missingBrowsers({}, () => false)).toHaveLength(BROWSERS.length);
  });
});
