import { describe, expect, it } from 'vitest';
import { isFromExtensionPage, parseMessage } from '@/lib/messages';

describe('parseMessage', () => {
  it.each([[{ type: 'quick-exit' }]])('accepts %j', (raw) => {
    expect(parseMessage(raw)).toEqual(raw);
  });

  it.each([
    [undefined],
    [null],
    ['quick-exit'],
    [{}],
    [{ type: 'QUICK-EXIT' }],
    [{ type: 'read-all-data' }],
    [{ type: 'quick-exit', url: 'javascript:alert(1)' }],
    [['quick-exit']],
  ])('refuses %j', (raw) => {
    expect(parseMessage(raw)).toBeUndefined();
  });
});

describe('isFromExtensionPage', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it.each([
    [{ id, url: `${origin}popup.html` }, true],
    [{ id, url: `${origin}sidepanel.html` }, true],
    // A content script shares the id but runs on a web page.
    [{ id, url: 'https://example.org/', tab: { url: 'https://example.org/' } }, false],
    [{ id: 'other-extension', url: `chrome-extension://other-extension/popup.html` }, false],
    [{ id, url: `chrome-extension://${id}x/popup.html` }, false],
    [{ id }, false],
    [{}, false],
  ])('%j -> %s', (sender, expected) => {
    expect(isFromExtensionPage(sender as never, id, origin)).toBe(expected);
  });
});
