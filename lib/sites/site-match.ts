/**
 * Reading a stored site pattern: which pages it covers and how it is shown. All the background,
 * the tip script's answers and the popup's first screen need, so it carries no list of suffixes
 * (checking a new site against the Public Suffix List is lib/sites/site-patterns.ts).
 */
import { MatchPattern } from 'wxt/utils/match-patterns';

/** True when `url` is a page of the site `pattern` names. */
export function patternIncludes(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}

/** The host a site pattern names, without its "*.": "example.org" for `https://*.example.org/*`. */
export function patternHost(pattern: string): string {
  return pattern.replace(/^https?:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
}

/** How a pattern is shown to the user: "example.org" or "example.org and its subdomains". */
export function describePattern(pattern: string): string {
  const insecure = pattern.startsWith('http:') ? ' (http)' : '';
  const subdomains = /^https?:\/\/\*\./.test(pattern) ? ' and its subdomains' : '';
  return `${patternHost(pattern)}${subdomains}${insecure}`;
}
