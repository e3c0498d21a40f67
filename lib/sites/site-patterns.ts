/**
 * Checks a site the user adds (the "My sites" form, "Add this site") or imports against the real
 * Public Suffix List, ICANN and private sections, through tldts: a pattern for `co.il`,
 * `herokuapp.com` or `*.github.io` would cover thousands of unrelated sites. The list is large, so
 * only the views that add, import or review sites load this module, never the background, the tip
 * script or the popup's first screen (tests/e2e/build-output.spec.ts checks where it lands).
 */
import { parse } from 'tldts';
import type { Result } from '@/lib/checks';
import { narrowPattern } from './site-address';
import { patternHost } from './site-match';

/** True when anyone can register a name under `host` ("co.uk", "github.io"), by the list's own rules. */
function isPublicSuffix(host: string): boolean {
  // Names the list does not know (localhost, .example) fall to its default rule; they are not refused.
  const { publicSuffix, isIcann, isPrivate } = parse(host, { allowPrivateDomains: true, extractHostname: false });
  return publicSuffix === host && (isIcann === true || isPrivate === true);
}

/**
 * `input` is an address ("example.org", "https://www.example.org/events/12") or a pattern the user
 * copied ("https://*.example.org/*"). `withSubdomains` widens it to the site's other subdomains.
 * Refuses anything broader than one site, with a message for the user.
 */
export function siteToPattern(input: string, withSubdomains: boolean): Result<{ pattern: string }> {
  const made = narrowPattern(input, withSubdomains);
  if (!made.ok || !isSharedPattern(made.pattern)) return made;
  const host = patternHost(made.pattern);
  return { ok: false, error: `“${host}” is shared by many different sites. Enter the one site, like example.${host}.` };
}

/** True when `pattern` names a whole public suffix: bare (`https://co.uk/*`) or with every name under it. */
export function isSharedPattern(pattern: string): boolean {
  return isPublicSuffix(patternHost(pattern));
}
