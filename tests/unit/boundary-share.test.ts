import { describe, expect, it } from 'vitest';
import { type BoundaryCategory, boundaryCategories } from '@/content/boundary-items';
import { records } from '@/lib/storage/stored-schema';
import { type BoundaryList, type ShareContent, setNote } from '@/lib/tools/boundaries';
import { decodeShare, encodeShareCode, listFile, MAX_SHARE_CHARS, shareFile } from '@/lib/tools/boundary-share';

const content: ShareContent = {
  items: { 'safe-word': 'yes', 'biting:give': 'maybe' },
  custom: [{ text: 'Slow dancing — in the kitchen, “soft” ✨', rating: 'yes' }],
};

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('share code and file', () => {
  it('round-trips through the text code, which uses only URL-safe characters', () => {
    const code = encodeShareCode(content);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShare(code)).toEqual({ ok: true, share: content, version: 2 });
  });

  it('reads a code broken over lines or wrapped in spaces by a messaging app', () => {
    const code = encodeShareCode(content);
    const wrapped = `  ${code.slice(0, 20)}\n${code.slice(20, 50)} ${code.slice(50)}\n`;
    expect(decodeShare(wrapped)).toEqual({ ok: true, share: content, version: 2 });
  });

  it('reads the share file, which is the same versioned JSON', () => {
    const file = shareFile(content);
    expect(file).toEqual({ kind: 'tend-boundaries', version: 2, ...content });
    expect(decodeShare(JSON.stringify(file, null, 2))).toEqual({ ok: true, share: content, version: 2 });
  });

  it('reads an empty share', () => {
    expect(decodeShare(encodeShareCode({ items: {}, custom: [] }))).toEqual({
      ok: true,
      share: { items: {}, custom: [] },
      version: 2,
    });
  });

  it('drops prototype keys a crafted share might carry', () => {
    const crafted =
      '{"kind":"tend-boundaries","version":2,"items":{"__proto__":"yes","biting:give":"yes"},"custom":[]}';
    const result = decodeShare(crafted);
    expect(result).toEqual({ ok: true, share: { items: { 'biting:give': 'yes' }, custom: [] }, version: 2 });
    if (result.ok) expect(Object.getPrototypeOf(result.share.items)).toBe(Object.prototype);
  });

  it('still reads a version 1 code, which names items without a way round', () => {
    const v1 = { kind: 'tend-boundaries', version: 1, items: { 'safe-word': 'yes', biting: 'maybe' }, custom: [] };
    expect(decodeShare(base64url(v1))).toEqual({
      ok: true,
      share: { items: { 'safe-word': 'yes', biting: 'maybe' }, custom: [] },
      version: 1,
    });
  });

  it('says where a private comparison code goes, and reads no other code as one', async () => {
    const { start } = await import('@/lib/psi/protocol');
    const { writeCode } = await import('@/lib/psi/code');
    const { entriesOf } = await import('@/lib/psi/entries');
    const list = { ...records.boundaries.fallback, ratings: { 'safe-word': 'yes' as const } };
    const one = await start(entriesOf(list, 'starter', boundaryCategories));
    const code1 = writeCode({ step: 1, exchangeId: one.state.exchangeId, points: one.points });
    expect(decodeShare(` ${code1.slice(0, 3)}\n${code1.slice(3)}`)).toEqual({
      ok: false,
      error: 'This is a code for a private comparison. Paste it under “Compare in private” above.',
    });
    expect(decodeShare(encodeShareCode(content))).toMatchObject({ ok: true });
    expect(decodeShare('AQQB')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This is not a Tend share code/),
    });
  });

  it('drops answers to a retired item without a word, and still refuses an id or way round it does not know', () => {
    const retired = new Set(['old-item']);
    const code = (items: Record<string, string>) => base64url({ ...shareFile(content), items });
    expect(
      decodeShare(
        code({ 'safe-word': 'yes', 'old-item': 'yes', 'old-item:give': 'maybe' }),
        boundaryCategories,
        retired,
      ),
    ).toEqual({
      ok: true,
      share: { items: { 'safe-word': 'yes' }, custom: content.custom },
      version: 2,
    });
    expect(decodeShare(code({ 'old-item': 'yes', 'no-such-item': 'yes' }), boundaryCategories, retired)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not know/),
    });
    expect(
      decodeShare(code({ 'old-item': 'yes', 'biting:sideways': 'yes' }), boundaryCategories, retired),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not know/),
    });
  });

  const valid = shareFile(content);
  it.each<[string, string, RegExp]>([
    ['empty input', '   ', /Paste your partner’s share code first/],
    ['random text', 'hello there, here is my list', /not a Tend share code/],
    ['a cut-off code', encodeShareCode(content).slice(0, 30), /not a Tend share code/],
    ['base64 of non-UTF-8 bytes', Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'), /not a Tend share code/],
    ['malformed JSON', '{"kind": "tend-boundaries", ', /not a Tend share code/],
    ['foreign JSON', JSON.stringify({ name: 'package', version: '1.0.0' }), /not a Tend share code/],
    ['a JSON array', base64url([1, 2, 3]), /not a Tend share code/],
    ['another kind of file', base64url({ kind: 'kink-list', version: 1 }), /not a Tend share code/],
    [
      'the full list file',
      JSON.stringify({ kind: 'tend-boundaries-list', version: 1, groups: [] }),
      /full list saved from Tend, not a share code/,
    ],
    ['a newer version', base64url({ ...valid, version: 3, extra: true }), /newer version of Tend/],
    ['a version 1 code with a way round', base64url({ ...valid, version: 1 }), /damaged or incomplete/],
    ['a malformed version 2 code', base64url({ ...valid, items: { 'biting:': 'yes' } }), /damaged or incomplete/],
    [
      'an unknown item',
      base64url({ ...valid, items: { 'no-such-item': 'yes' } }),
      /items this version of Tend does not know/,
    ],
    ['an unknown way round', base64url({ ...valid, items: { 'biting:sideways': 'yes' } }), /does not know/],
    [
      'a way round on an item without one',
      base64url({ ...valid, items: { 'safe-word:give': 'yes' } }),
      /does not know/,
    ],
    ['an item with direction named without one', base64url({ ...valid, items: { biting: 'yes' } }), /does not know/],
    ['version 0', base64url({ ...valid, version: 0 }), /damaged or incomplete/],
    ['a "no" answer', base64url({ ...valid, items: { 'biting:give': 'no' } }), /damaged or incomplete/],
    ['a curious mark', base64url({ ...valid, curious: ['biting:give'] }), /damaged or incomplete/],
    ['an unknown field', base64url({ ...valid, notes: { biting: 'secret' } }), /damaged or incomplete/],
    ['a bad item id', base64url({ ...valid, items: { 'Not An Id!': 'yes' } }), /damaged or incomplete/],
    [
      'an own item that is too long',
      base64url({ ...valid, custom: [{ text: 'x'.repeat(121), rating: 'yes' }] }),
      /damaged or incomplete/,
    ],
    ['an empty own item', base64url({ ...valid, custom: [{ text: '  ', rating: 'maybe' }] }), /damaged or incomplete/],
    ['missing parts', base64url({ kind: 'tend-boundaries', version: 1 }), /damaged or incomplete/],
    ['far too much text', 'A'.repeat(MAX_SHARE_CHARS + 1), /far too long/],
  ])('refuses %s with a clear message', (_name, input, error) => {
    const result = decodeShare(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('the full list file', () => {
  const categories: BoundaryCategory[] = [
    {
      id: 'touch',
      title: 'Touch',
      items: [
        { id: 'kissing', text: 'Kissing', hint: 'a hint' },
        { id: 'biting', text: 'Biting', directed: true },
      ],
    },
  ];

  it('holds every item with its answers (each way round, curious, unconfirmed) and note, own items last, and is not readable as a share', () => {
    const list: BoundaryList = setNote(
      {
        ...records.boundaries.fallback,
        ratings: { kissing: 'no', 'biting:give': 'yes', 'biting:receive': 'maybe', 'custom-1': 'yes' },
        custom: [{ id: 'custom-1', text: 'Mine' }],
        curious: ['biting:give'],
        unconfirmed: ['biting:receive'],
      },
      'kissing',
      'Never',
    );
    const file = listFile(list, new Date('2026-11-25T12:00:00Z'), categories);
    expect(file).toEqual({
      kind: 'tend-boundaries-list',
      version: 2,
      savedAt: '2026-11-25T12:00:00.000Z',
      groups: [
        {
          id: 'touch',
          title: 'Touch',
          items: [
            { id: 'kissing', text: 'Kissing', answers: [{ answer: 'no' }], note: 'Never' },
            {
              id: 'biting',
              text: 'Biting',
              answers: [
                { way: 'I do it to them', answer: 'yes', curious: true },
                { way: 'They do it to me', answer: 'maybe', unconfirmed: true },
              ],
            },
          ],
        },
        {
          id: 'custom',
          title: 'Your own items',
          items: [{ id: 'custom-1', text: 'Mine', answers: [{ answer: 'yes' }] }],
        },
      ],
    });
    expect(listFile(records.boundaries.fallback, new Date(0), categories).groups[0]?.items[0]?.answers).toEqual([
      { answer: 'not set' },
    ]);
    expect(decodeShare(JSON.stringify(file)).ok).toBe(false);
  });
});
