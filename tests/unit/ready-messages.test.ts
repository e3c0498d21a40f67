import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeStrictly, mailtoLink, readyMessages, smsLink } from '@/lib/safe-call/ready-messages';
import { EMPTY_CONTACT } from '@/lib/safe-call/safe-call';

describe('sms: links (RFC 5724)', () => {
  it('give the number in its international form and the body percent-encoded', () => {
    expect(smsLink('+44 7700 900123', 'I’m OK')).toBe('sms:+447700900123?body=I%E2%80%99m%20OK');
    expect(smsLink('+1 (555) 010-0199', "pizza & chips? (it's late)!")).toBe(
      'sms:+15550100199?body=pizza%20%26%20chips%3F%20%28it%27s%20late%29%21',
    );
  });

  it('are left out for a number that cannot be used', () => {
    expect(smsLink('', 'x')).toBeUndefined();
    expect(smsLink('07700 900123', 'x')).toBeUndefined();
  });

  it('keep every body whole, using only unreserved characters and percent-encodings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (body) => {
        const link = smsLink('+447700900123', body) ?? '';
        const [, encoded = ''] = link.split('?body=');
        expect(encoded).toMatch(/^([A-Za-z0-9._~-]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(body);
      }),
    );
  });
});

describe('mailto: links (RFC 6068)', () => {
  it('carry the message as subject and body', () => {
    expect(mailtoLink(' sam@example.com ', 'Please call me now')).toBe(
      'mailto:sam@example.com?subject=Please%20call%20me%20now&body=Please%20call%20me%20now',
    );
    expect(mailtoLink('', 'x')).toBeUndefined();
  });

  it('keep a line break in the body', () => {
    const link = new URL(mailtoLink('sam@example.com', 'one\ntwo') ?? '');
    expect(link.searchParams.get('body')).toBe('one\ntwo');
  });
});

describe('the ready messages', () => {
  it('use the agreed words, and plain words when none were agreed', () => {
    const contact = { friendPhone: '+44 7700 900123', friendEmail: 'sam@example.com', okWord: 'pizza', helpWord: '' };
    const messages = readyMessages(contact);
    expect(messages.map((message) => message.text)).toEqual(['pizza', 'I need help', 'Please call me now']);
    expect(messages[0]?.sms).toBe('sms:+447700900123?body=pizza');
    expect(messages[1]?.mailto).toBe('mailto:sam@example.com?subject=I%20need%20help&body=I%20need%20help');
  });

  it('have no links without a phone or email, and still have words to copy', () => {
    const messages = readyMessages(EMPTY_CONTACT);
    expect(messages.map((message) => [message.text, message.sms, message.mailto])).toEqual([
      ['I’m OK', undefined, undefined],
      ['I need help', undefined, undefined],
      ['Please call me now', undefined, undefined],
    ]);
  });

  it('encode strictly', () => {
    expect(encodeStrictly("!'()*~")).toBe('%21%27%28%29%2A~');
  });
});
