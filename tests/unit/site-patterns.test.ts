import { describe, expect, it } from 'vitest';
import { describePattern, patternIncludes } from '@/lib/sites/site-match';
import { siteToPattern } from '@/lib/sites/site-patterns';

describe('siteToPattern accepts one site and narrows it to a match pattern', () => {
  it.each([
    ['example.org', false, 'https://example.org/*'],
    ['  Example.ORG  ', false, 'https://example.org/*'],
    ['example.org', true, 'https://*.example.org/*'],
    ['https://www.example.org/events/12?x=1#top', false, 'https://www.example.org/*'],
    ['http://example.org/', false, 'http://example.org/*'],
    ['example.org:8443/messages', false, 'https://example.org/*'],
    ['https://*.example.org/*', false, 'https://*.example.org/*'],
    ['*.example.org', false, 'https://*.example.org/*'],
    ['https://example.org/*', false, 'https://example.org/*'],
    ['forum.example.co.uk', false, 'https://forum.example.co.uk/*'],
    ['example.co.uk', true, 'https://*.example.co.uk/*'],
    ['http://127.0.0.1:4321/thread', false, 'http://127.0.0.1/*'],
    ['localhost', false, 'https://localhost/*'],
    ['bücher.example', false, 'https://xn--bcher-kva.example/*'],
  ])('%s (subdomains %s) -> %s', (input, subdomains, pattern) => {
    expect(siteToPattern(input, subdomains)).toEqual({ ok: true, pattern });
  });
});

describe('siteToPattern refuses broad or malformed input with a message', () => {
  it.each([
    ['', /Enter the address/],
    ['   ', /Enter the address/],
    ['<all_urls>', /never on every site/],
    ['*://*/*', /never on every site/],
    ['https://*/*', /star/],
    ['*', /star/],
    ['*.org', /whole site address/],
    ['com', /whole site address/],
    ['org', /whole site address/],
    ['co.uk', /shared by many/],
    ['*.co.uk', /shared by many/],
    ['github.io', /shared by many/],
    ['https://exa*mple.org/', /star/],
    ['example.*', /star/],
    ['file:///home/me/notes.html', /not “file:”/],
    ['ftp://example.org', /not “ftp:”/],
    ['chrome://settings', /not “chrome:”/],
    ['javascript:alert(1)', /not “javascript:”/],
    ['192.168.0.0/16', /range/],
    ['10.0.*', /star/],
    ['10.0.0', /range/],
    ['127.0.0.1', /./, true],
    ['300.1.1.1', /not a (valid|web) address/],
    ['[::1]', /IPv6/],
    ['exa mple.org', /spaces/],
    ['https://user:pw@example.org', /user name/],
    ['-bad-.org', /not a web address/],
    ['http://', /not a web address/],
  ])('%j', (input, message, subdomains = false) => {
    const result = siteToPattern(input, subdomains);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('patternIncludes', () => {
  it.each([
    ['https://example.org/*', 'https://example.org/messages/1', true],
    ['https://example.org/*', 'https://www.example.org/', false],
    ['https://*.example.org/*', 'https://www.example.org/', true],
    ['https://*.example.org/*', 'https://example.org/', true],
    ['https://example.org/*', 'http://example.org/', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8080/thread', true],
    ['http://127.0.0.1/*', 'http://localhost:8080/thread', false],
    ['not a pattern', 'https://example.org/', false],
  ])('%s includes %s: %s', (pattern, url, expected) => {
    expect(patternIncludes(pattern, url)).toBe(expected);
  });
});

describe('describePattern', () => {
  it.each([
    ['https://example.org/*', 'example.org'],
    ['https://*.example.org/*', 'example.org and its subdomains'],
    ['http://127.0.0.1/*', '127.0.0.1 (http)'],
  ])('%s -> %s', (pattern, text) => {
    expect(describePattern(pattern)).toBe(text);
  });
});
