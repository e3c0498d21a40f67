import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { isFromContentScript, isFromExtensionPage, type MessageSchema, parseMessage } from '@/lib/messages/incoming';
import type { Message } from '@/lib/messages/protocol';

describe('the schema and the protocol', () => {
  it('describe the same messages (checked by the type checker)', () => {
    expectTypeOf<v.InferOutput<typeof MessageSchema>>().toExtend<Message>();
    expectTypeOf<Message>().toExtend<v.InferOutput<typeof MessageSchema>>();
  });
});

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

describe('site messages', () => {
  it.each([
    [{ type: 'site-tip', context: 'messaging' }],
    [{ type: 'site-tip', context: 'general' }],
    [{ type: 'site-tip-action', action: 'more', tipId: 'have-backup' }],
    [{ type: 'site-tip-action', action: 'not-now', tipId: 'have-backup' }],
    [{ type: 'site-tip-action', action: 'dismiss', tipId: 'have-backup' }],
  ])('accepts %j', (raw) => {
    expect(parseMessage(raw)).toEqual(raw);
  });

  it.each([
    [{ type: 'site-tip' }],
    [{ type: 'site-tip', context: 'everything' }],
    [{ type: 'site-tip', context: 'general', want: 'safeCallPlan' }],
    [{ type: 'site-tip-action', action: 'read', tipId: 'have-backup' }],
    [{ type: 'site-tip-action', action: 'dismiss', tipId: '../../etc' }],
    [{ type: 'site-tip-action', action: 'dismiss', tipId: 'x'.repeat(65) }],
    [{ type: 'site-tip-action', action: 'dismiss' }],
  ])('refuses %j', (raw) => {
    expect(parseMessage(raw)).toBeUndefined();
  });
});

describe('isFromContentScript', () => {
  const id = 'abcdefghijklmnop';
  const page = 'https://example.org/messages';
  it.each([
    [{ id, url: page, tab: { id: 3 }, frameId: 0 }, true],
    // A frame inside the page, another extension, an extension page, or no tab: refused.
    [{ id, url: page, tab: { id: 3 }, frameId: 2 }, false],
    [{ id: 'other', url: page, tab: { id: 3 }, frameId: 0 }, false],
    [{ id, url: `chrome-extension://${id}/popup.html`, tab: { id: 3 }, frameId: 0 }, false],
    [{ id, url: page, frameId: 0 }, false],
    [{ id, tab: { id: 3 }, frameId: 0 }, false],
  ])('%j -> %s', (sender, expected) => {
    expect(isFromContentScript(sender as never, id)).toBe(expected);
  });
});
