/**
 * Turns what the user types under "My sites" into one narrow match pattern, such as
 * `https://example.org/*`, and refuses every shape broader than one site: all sites, stars, IP
 * ranges, bare top-level names, other schemes. Needs no list of suffixes, so a stored pattern can
 * be checked anywhere; lib/sites/site-patterns.ts adds the Public Suffix List for sites being added.
 * Pure, so every rule is unit-tested on a table of inputs.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { type Result, schemeOf } from '@/lib/checks';

const HOST_LABEL = /^(?!-)[a-z\d-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

const WHOLE_IP = 'Enter one whole IP address or a site name, not a range of addresses.';

const refuse = (error: string): Result<{ pattern: string }> => ({ ok: false, error });

/**
 * `input` is an address ("example.org", "https://www.example.org/events/12") or a pattern the user
 * copied ("https://*.example.org/*"). `withSubdomains` widens it to the site's other subdomains.
 */
export function narrowPattern(input: string, withSubdomains: boolean): Result<{ pattern: string }> {
  let text = input.trim();
  if (!text) return refuse('Enter the address of a site, for example example.org.');
  if (/\s/.test(text)) return refuse(`“${text}” has spaces in it. Enter one site address, like example.org.`);
  if (text === '<all_urls>' || /^\*:\/\/\*(\/|$)/.test(text))
    return refuse('Tend only runs on sites you name one by one, never on every site.');

  const scheme = schemeOf(text);
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http')
    return refuse(`Only web sites (https:// or http://) can be added, not “${scheme}:” addresses.`);
  if (scheme === undefined) text = `https://${text}`;

  // A leading "*." means "and its subdomains"; a star anywhere else in the host is too broad.
  const starred = /^https?:\/\/\*\./i.test(text);
  if (starred) text = text.replace('*.', '');
  const subdomains = withSubdomains || starred;
  const rawHost = (/^https?:\/\/([^/?#]*)/i.exec(text)?.[1] ?? '').replace(/:\d*$/, '').toLowerCase();
  if (rawHost.includes('*'))
    return refuse('A star can only stand for the subdomains of one site. Enter a single site.');
  if (/^[\d.]+(\/\d+)?$/.test(rawHost) && !IPV4.test(rawHost)) return refuse(WHOLE_IP);
  if (IPV4.test(rawHost) && /^https?:\/\/[^/]*\/\d{1,2}$/i.test(text)) return refuse(WHOLE_IP);

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(`“${input.trim()}” is not a web address Tend can use. Check it and try again.`);
  }
  if (url.username || url.password) return refuse('Leave out any user name or password.');

  const host = url.hostname.replace(/\.$/, '');
  if (host.startsWith('[')) return refuse('Add a site by its name (like example.org), not by an IPv6 address.');
  if (IPV4.test(host)) {
    if (host.split('.').some((part) => Number(part) > 255)) return refuse(`“${host}” is not a valid address.`);
    if (subdomains) return refuse('An IP address has no subdomains: add it without them.');
    return ok(url.protocol, host);
  }
  const labels = host.split('.');
  if (labels.some((label) => !HOST_LABEL.test(label)))
    return refuse(`“${input.trim()}” is not a web address Tend can use. Check it and try again.`);
  if (/^\d+$/.test(labels.at(-1) ?? '')) return refuse(WHOLE_IP);
  if (host !== 'localhost' && labels.length < 2)
    return refuse(`“${host}” is not a whole site address. Include the site’s name, like example.org.`);
  return ok(url.protocol, subdomains ? `*.${host}` : host);
}

function ok(protocol: string, host: string): Result<{ pattern: string }> {
  const pattern = `${protocol}//${host}/*`;
  // The browser's own grammar is the last word: refuse anything it would not accept.
  try {
    new MatchPattern(pattern);
  } catch {
    return refuse(`“${host}” is not a web address Tend can use.`);
  }
  return { ok: true, pattern };
}

/** True when `pattern` is exactly what `narrowPattern` makes of it: a stored site's shape. */
export function isNarrowPattern(pattern: string): boolean {
  const made = narrowPattern(pattern, pattern.includes('://*.'));
  return made.ok && made.pattern === pattern;
}
