import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectContext, type PageSignals, readSignals } from '@/lib/in-page/page-context';

function signalsOf(file: string, path: string): PageSignals {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/pages', file), 'utf8');
  const { document } = parseHTML(html);
  return readSignals(document as unknown as Document, { pathname: path });
}

describe('detectContext on saved pages', () => {
  it.each([
    ['thread.html', '/messages/river_fern', 'messaging'],
    ['meetup-plan.html', '/chat/oak_and_ash', 'meeting'],
    ['event.html', '/events/autumn-social', 'event'],
    ['profile.html', '/members/river_fern', 'profile'],
    ['unrelated.html', '/recipes/lentil-soup', 'general'],
    // The page's own words decide even where the address says nothing.
    ['thread.html', '/c/4411', 'messaging'],
    ['event.html', '/e/981', 'event'],
    ['profile.html', '/river_fern', 'profile'],
  ])('%s at %s -> %s', (file, path, context) => {
    expect(detectContext(signalsOf(file, path))).toBe(context);
  });
});

describe('readSignals', () => {
  it('reads the title, headings, composer and event markup', () => {
    const thread = signalsOf('thread.html', '/Messages/River');
    expect(thread).toMatchObject({
      path: '/messages/river',
      title: 'Messages · Harbourside Community',
      headings: ['Conversation with river_fern'],
      hasComposer: true,
      hasEventMarkup: false,
    });
    expect(signalsOf('event.html', '/e/1')).toMatchObject({ hasComposer: false, hasEventMarkup: true });
  });

  it('never throws on a malformed address: it keeps the raw path', () => {
    expect(signalsOf('thread.html', '/caf%E9').path).toBe('/caf%e9');
    expect(signalsOf('thread.html', '/tags/100%').path).toBe('/tags/100%');
    expect(signalsOf('thread.html', '/caf%C3%A9').path).toBe('/café');
  });
});

describe('detectContext on bare signals', () => {
  const blank: PageSignals = {
    path: '/',
    title: '',
    headings: [],
    text: '',
    hasComposer: false,
    hasEventMarkup: false,
  };
  it.each([
    [{}, 'general'],
    [{ path: '/inbox' }, 'general'],
    [{ path: '/inbox', hasComposer: true }, 'messaging'],
    [{ path: '/events/12', hasEventMarkup: true }, 'event'],
    [{ path: '/events' }, 'general'],
    [{ path: '/profile/someone', text: 'About me. Looking for friends.' }, 'profile'],
    [{ hasComposer: true }, 'general'],
  ] as const)('%j -> %s', (partial, context) => {
    expect(detectContext({ ...blank, ...partial })).toBe(context);
  });
});
