import { describe, expect, it } from 'vitest';
import { checkExitUrl } from '@/lib/exit/exit-settings';

describe('checkExitUrl', () => {
  it.each([
    ['https://www.bbc.co.uk/weather', 'https://www.bbc.co.uk/weather'],
    ['  https://www.bbc.co.uk/weather  ', 'https://www.bbc.co.uk/weather'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Path?q=1#x', 'https://example.org/Path?q=1#x'],
    ['bbc.co.uk/weather', 'https://bbc.co.uk/weather'],
    ['www.theguardian.com', 'https://www.theguardian.com/'],
    ['example.org:8080/news', 'https://example.org:8080/news'],
    ['http://localhost:3000/', 'http://localhost:3000/'],
    ['https://münchen.de', 'https://xn--mnchen-3ya.de/'],
  ])('accepts %j as %j', (input, expected) => {
    expect(checkExitUrl(input)).toEqual({ ok: true, url: expected });
  });

  it.each([
    ['', /Enter the address/],
    ['   ', /Enter the address/],
    ['javascript:alert(1)', /not “javascript:”/],
    ['JavaScript:alert(1)', /not “javascript:”/],
    ['data:text/html,<h1>hi</h1>', /not “data:”/],
    ['file:///etc/passwd', /not “file:”/],
    ['chrome://settings', /not “chrome:”/],
    ['about:blank', /not “about:”/],
    ['ftp://example.org', /not “ftp:”/],
    ['chrome-extension://abc/popup.html', /not “chrome-extension:”/],
    ['https://', /not a web address/],
    ['http://exa mple.org', /not a web address|not a complete/],
    ['weather', /not a complete web address/],
    ['https://user:secret@example.org', /user name or password/],
    ['https://[::1', /not a web address/],
  ])('refuses %j', (input, error) => {
    const result = checkExitUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
