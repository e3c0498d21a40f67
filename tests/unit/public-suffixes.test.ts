/**
 * Shared suffixes from the real Public Suffix List (ICANN and private sections) are refused as
 * sites, through the "My sites" form and through an import; the sites people actually use still pass.
 */
import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup } from '@/lib/data/backup';
import { siteToPattern } from '@/lib/sites/site-patterns';
import type { UserSite } from '@/lib/sites/sites';

/** Suffixes under which anyone can get a name: countries' and registries' (ICANN) ones. */
const ICANN = [
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'me.uk',
  'ltd.uk',
  'nhs.uk',
  'police.uk',
  'com.au',
  'net.au',
  'org.au',
  'edu.au',
  'gov.au',
  'co.nz',
  'co.za',
  'co.jp',
  'ne.jp',
  'ac.jp',
  'or.jp',
  'go.jp',
  'co.in',
  'co.il',
  'com.sg',
  'com.br',
  'gov.br',
  'com.mx',
  'gob.mx',
  'com.ar',
  'com.tr',
  'com.cn',
  'com.hk',
  'co.kr',
  'co.id',
  'qc.ca',
  'gc.ca',
  'ny.us',
  'k12.ca.us',
];

/** ...and companies' (the list's private section): every customer gets a name under them. */
const PRIVATE = [
  'herokuapp.com',
  'appspot.com',
  's3.amazonaws.com',
  'blogspot.com',
  'web.app',
  'firebaseapp.com',
  'workers.dev',
  'pages.dev',
  'r2.dev',
  'github.io',
  'gitlab.io',
  'codeberg.page',
  'netlify.app',
  'vercel.app',
  'fly.dev',
  'onrender.com',
  'azurewebsites.net',
  'cloudfront.net',
  'myshopify.com',
  'readthedocs.io',
  'pythonanywhere.com',
  'ngrok.io',
  'duckdns.org',
  'ddns.net',
  'eu.org',
  'uk.com',
];

const SUFFIXES = [...ICANN, ...PRIVATE];

/** Each way a suffix can be typed or pasted into the form: bare, starred, as a pattern, with the box ticked. */
const typed = (suffix: string): [string, boolean][] => [
  [suffix, false],
  [suffix, true],
  [`*.${suffix}`, false],
  [`https://${suffix}/`, false],
  [`https://*.${suffix}/*`, false],
  [`http://*.${suffix}/*`, false],
];

/** Sites that must still be accepted, each with the pattern the form makes of it. */
const ORDINARY: [string, boolean, string][] = [
  ['example.org', false, 'https://example.org/*'],
  ['example.org', true, 'https://*.example.org/*'],
  ['fetlife.com', true, 'https://*.fetlife.com/*'],
  ['www.bbc.co.uk', false, 'https://www.bbc.co.uk/*'],
  ['bbc.co.uk', true, 'https://*.bbc.co.uk/*'],
  ['sub.example.co.uk', false, 'https://sub.example.co.uk/*'],
  ['example.com.au', true, 'https://*.example.com.au/*'],
  ['someone.github.io', false, 'https://someone.github.io/*'],
  ['https://*.someone.github.io/*', false, 'https://*.someone.github.io/*'],
  ['myapp.herokuapp.com', false, 'https://myapp.herokuapp.com/*'],
  ['mybucket.s3.amazonaws.com', false, 'https://mybucket.s3.amazonaws.com/*'],
  ['name.blogspot.com', true, 'https://*.name.blogspot.com/*'],
  ['http://127.0.0.1:4321/thread', false, 'http://127.0.0.1/*'],
  ['localhost', false, 'https://localhost/*'],
  ['community.example', true, 'https://*.community.example/*'],
];

describe('the form refuses every public suffix, ICANN and private', () => {
  it('tries at least 50 suffixes from both sections of the list', () => {
    expect(SUFFIXES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(SUFFIXES).size).toBe(SUFFIXES.length);
  });

  it.each(SUFFIXES.flatMap((suffix) => typed(suffix).map(([input, subdomains]) => [input, subdomains, suffix])))(
    '%s (subdomains %s)',
    (input, subdomains, suffix) => {
      expect(siteToPattern(input as string, subdomains as boolean)).toEqual({
        ok: false,
        error: `“${suffix}” is shared by many different sites. Enter the one site, like example.${suffix}.`,
      });
    },
  );
});

it('refuses an internationalised suffix typed in its own script', () => {
  // 公司.cn ("company.cn") reaches the list as the browser writes it: xn--55qx5d.cn.
  expect(siteToPattern('*.公司.cn', false)).toEqual({
    ok: false,
    error: '“xn--55qx5d.cn” is shared by many different sites. Enter the one site, like example.xn--55qx5d.cn.',
  });
});

describe('the form still accepts one site', () => {
  it.each(ORDINARY)('%s (subdomains %s) -> %s', (input, subdomains, pattern) => {
    expect(siteToPattern(input, subdomains)).toEqual({ ok: true, pattern });
  });
});

const backupWith = (sites: UserSite[], siteSnoozes: Record<string, number> = {}) =>
  JSON.stringify(makeBackup({ sites, siteSnoozes, firstRunDone: true }, new Date('2026-11-30T10:00:00Z')));

describe('an import leaves out sites on a public suffix and keeps the rest', () => {
  it.each(SUFFIXES)('%s, bare and with its subdomains', (suffix) => {
    const ordinary = { pattern: 'https://forum.example.org/*', paused: false };
    const text = backupWith(
      [{ pattern: `https://*.${suffix}/*`, paused: false }, ordinary, { pattern: `http://${suffix}/*`, paused: true }],
      { [`https://*.${suffix}/*`]: 1, 'https://forum.example.org/*': 2 },
    );
    expect(parseBackup(text)).toEqual({
      ok: true,
      data: { sites: [ordinary], siteSnoozes: { 'https://forum.example.org/*': 2 }, firstRunDone: true },
      leftOut: [`${suffix} and its subdomains`, `${suffix} (http)`],
    });
  });

  it('keeps every ordinary site', () => {
    const sites = ORDINARY.map(([, , pattern]) => ({ pattern, paused: false }));
    expect(parseBackup(backupWith(sites))).toEqual({
      ok: true,
      data: { sites, siteSnoozes: {}, firstRunDone: true },
    });
  });
});
