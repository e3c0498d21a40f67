import { describe, expect, it } from 'vitest';
import { leaveOutShared, leftOutMessage, pauseShared, sharedSiteMessage } from '@/lib/sites/site-review';
import { siteFor, tipsAllowed } from '@/lib/sites/sites';

const shared = { pattern: 'https://*.herokuapp.com/*', paused: false };
const bare = { pattern: 'https://github.io/*', paused: false };
const mine = { pattern: 'https://myapp.herokuapp.com/*', paused: false };

describe('pauseShared', () => {
  it('pauses every site on a public suffix and leaves the others as they were', () => {
    expect(pauseShared([shared, mine, bare, { ...mine, pattern: 'https://example.org/*', paused: true }])).toEqual([
      { ...shared, paused: true },
      mine,
      { ...bare, paused: true },
      { pattern: 'https://example.org/*', paused: true },
    ]);
  });

  it('reports nothing to store when no site needs pausing', () => {
    expect(pauseShared([mine])).toBeUndefined();
    expect(pauseShared([{ ...shared, paused: true }, mine])).toBeUndefined();
    expect(pauseShared([])).toBeUndefined();
  });

  it('is the only change: until a view has checked, the background still treats the site as before', () => {
    const settings = { paused: false, blur: false, shiftExit: true };
    expect(siteFor([shared], 'https://someone-else.herokuapp.com/')).toEqual(shared);
    expect(tipsAllowed(shared, settings, {}, 0)).toBe(true);
    const [paused] = pauseShared([shared]) ?? [];
    expect(paused && tipsAllowed(paused, settings, {}, 0)).toBe(false);
  });
});

describe('sharedSiteMessage', () => {
  it('asks the user to re-add the one site they meant', () => {
    expect(sharedSiteMessage(shared.pattern)).toBe(
      'Paused: many different sites share this address, so Tend no longer runs its tips there. Remove it, then add the one site you use, like example.herokuapp.com.',
    );
  });
});

describe('leaveOutShared', () => {
  it('drops sites on a public suffix and every snooze for one, and names what it left out', () => {
    const data = {
      firstRunDone: true,
      sites: [shared, mine, { ...bare, pattern: 'http://github.io/*' }],
      siteSnoozes: { [shared.pattern]: 5, [mine.pattern]: 6, 'https://*.co.uk/*': 7 },
    };
    expect(leaveOutShared(data)).toEqual({
      data: { firstRunDone: true, sites: [mine], siteSnoozes: { [mine.pattern]: 6 } },
      leftOut: ['herokuapp.com and its subdomains', 'github.io (http)'],
    });
  });

  it('keeps data without sites as it is', () => {
    expect(leaveOutShared({ firstRunDone: true })).toEqual({ data: { firstRunDone: true }, leftOut: [] });
  });
});

describe('leftOutMessage', () => {
  it('names one site', () => {
    expect(leftOutMessage(['herokuapp.com and its subdomains'])).toBe(
      'One site in the backup is left out: “herokuapp.com and its subdomains”. Many different sites share that address. Add the one site you use under My sites.',
    );
  });

  it('names several', () => {
    expect(leftOutMessage(['co.uk and its subdomains', 'github.io'])).toBe(
      '2 sites in the backup are left out: “co.uk and its subdomains”, “github.io”. Many different sites share those addresses. Add the one site you use under My sites.',
    );
  });
});
