import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryCategories } from '@/content/boundary-items';
import { couldHoldEverything, entriesOf, entryText } from '@/lib/psi/entries';
import { decodePoint, hashToPoint, toHex } from '@/lib/psi/group';
import { answer, finish, learn, matchesOf, repliedOddly, SLICES, start } from '@/lib/psi/protocol';
import { privateMutualItems } from '@/lib/psi/result';
import { answersOf, type BoundaryList, mutualItems, type Rating, shareContent } from '@/lib/tools/boundaries';

const idOfText = new Map(boundaryCategories.flatMap((category) => category.items.map((item) => [item.text, item.id])));
const empty: BoundaryList = { ratings: {}, notes: {}, custom: [], curious: [], unconfirmed: [] };
const list = (ratings: Record<string, Rating>, more: Partial<BoundaryList> = {}): BoundaryList => ({
  ...empty,
  ratings,
  ...more,
});

/** Runs the four steps between two lists, as two devices would, and gives what each learns. */
async function exchange(starter: BoundaryList, responder: BoundaryList) {
  const starterEntries = entriesOf(starter, 'starter', boundaryCategories);
  const responderEntries = entriesOf(responder, 'responder', boundaryCategories);
  const one = await start(starterEntries);
  const received = one.points.map((bytes) => decodePoint(bytes));
  expect(received.every(Boolean)).toBe(true);
  const two = await answer(one.state.exchangeId, received as never, responderEntries);
  const three = await finish(one.state, two.forStarter, two.points.map((bytes) => decodePoint(bytes)) as never);
  const responderMatched = learn(two.state, three.forResponder);
  return {
    starter: matchesOf(three.matched, starterEntries),
    responder: matchesOf(responderMatched, responderEntries),
    codes: [one.points, two.forStarter, two.points, three.forResponder],
    exchangeId: one.state.exchangeId,
  };
}

/** What a person is shown, comparable with the plain comparison's result. */
const shown = (matches: ReturnType<typeof matchesOf>) =>
  matches
    .map(({ entry, bothYes }) =>
      'text' in entry.mine
        ? `own ${entry.key} ${bothYes}`
        : `${entry.mine.id} ${entry.mine.direction ?? '-'} ${bothYes}`,
    )
    .sort();

describe('private matching', () => {
  it('matches one person’s “I do it to them” with the other’s “They do it to me”, and not the same way round', async () => {
    const a = list({ 'biting:give': 'yes', 'spanking-hand:give': 'yes' });
    const b = list({ 'biting:receive': 'maybe', 'spanking-hand:give': 'yes' });
    const { starter, responder } = await exchange(a, b);
    expect(shown(starter)).toEqual(['biting give false']);
    expect(shown(responder)).toEqual(['biting receive false']);
  });

  it('never tells two people who both want to take charge that it is mutual (the mirrored pair)', async () => {
    expect(shown((await exchange(list({ 'taking-charge': 'yes' }), list({ 'taking-charge': 'yes' }))).starter)).toEqual(
      [],
    );
    const { starter, responder } = await exchange(list({ 'taking-charge': 'yes' }), list({ 'being-led': 'yes' }));
    expect(shown(starter)).toEqual(['taking-charge - true']);
    expect(shown(responder)).toEqual(['being-led - true']);
  });

  it('marks “you both said Yes”, matches own items by their wording, and leaves out No, unconfirmed and curious', async () => {
    const a = list(
      { 'safe-word': 'yes', 'check-ins': 'maybe', 'hair-pulling:give': 'yes', own1: 'yes', 'praise:give': 'no' },
      { custom: [{ id: 'own1', text: 'Slow dancing' }], unconfirmed: ['hair-pulling:give'], curious: ['safe-word'] },
    );
    const b = list(
      { 'safe-word': 'yes', 'check-ins': 'yes', 'hair-pulling:receive': 'yes', mine: 'maybe', 'praise:receive': 'yes' },
      { custom: [{ id: 'mine', text: 'slow  dancing!' }] },
    );
    const { starter, responder } = await exchange(a, b);
    expect(shown(starter)).toEqual(['check-ins - false', 'own slow dancing false', 'safe-word - true']);
    expect(shown(responder)).toEqual(['check-ins - false', 'own slow dancing false', 'safe-word - true']);
    // Each in their own words and order, and the partner's answer only as far as the exchange tells it.
    const rows = (items: ReturnType<typeof privateMutualItems>) => items.map((i) => `${i.text}: ${i.mine}/${i.theirs}`);
    expect(rows(privateMutualItems(starter))).toEqual([
      'Agreeing a safe word before we start: yes/yes',
      'Checking in with each other during sex: maybe/yes-or-maybe',
      'Slow dancing: yes/maybe',
    ]);
    expect(rows(privateMutualItems(responder))).toEqual([
      'Agreeing a safe word before we start: yes/yes',
      'Checking in with each other during sex: yes/maybe',
      'slow  dancing!: maybe/yes-or-maybe',
    ]);
  });

  it('leaves out an own item with no letters or numbers, which would otherwise match any other such item', async () => {
    const a = list(
      { own1: 'yes', own2: 'yes' },
      {
        custom: [
          { id: 'own1', text: '🍑' },
          { id: 'own2', text: 'Tea' },
        ],
      },
    );
    const b = list(
      { mine: 'yes', tea: 'maybe' },
      {
        custom: [
          { id: 'mine', text: '🔥' },
          { id: 'tea', text: 'tea!' },
        ],
      },
    );
    expect(entriesOf(a, 'starter', boundaryCategories).map((entry) => entry.key)).toEqual(['tea', 'tea']);
    expect(mutualItems(shareContent(a), shareContent(b)).map((item) => item.text)).toEqual(['Tea']);
    const { starter } = await exchange(a, b);
    expect(privateMutualItems(starter).map((item) => `${item.text}: ${item.mine}/${item.theirs}`)).toEqual([
      'Tea: yes/maybe',
    ]);
  });

  it('gives both people what the plain comparison gives, for any two lists', async () => {
    const keys = boundaryCategories.flatMap((category) =>
      category.items.flatMap((item) => answersOf(item).map((a) => a.key)),
    );
    const someList = fc
      .dictionary(fc.constantFrom(...keys), fc.constantFrom<Rating>('yes', 'maybe', 'no'), { maxKeys: 25 })
      .map((ratings) => list(ratings));
    await fc.assert(
      fc.asyncProperty(someList, someList, async (a, b) => {
        const { starter, responder } = await exchange(a, b);
        const plain = (mine: BoundaryList, theirs: BoundaryList) =>
          mutualItems(shareContent(mine), shareContent(theirs))
            .map(
              (item) =>
                `${idOfText.get(item.text)} ${item.direction ?? '-'} ${item.mine === 'yes' && item.theirs === 'yes'}`,
            )
            .sort();
        expect(shown(starter)).toEqual(plain(a, b));
        expect(shown(responder)).toEqual(plain(b, a));
        // Shown and saved as the plain result, the partner's answer as far as the exchange tells it.
        const known = (mine: BoundaryList, theirs: BoundaryList) =>
          mutualItems(shareContent(mine), shareContent(theirs)).map((item) =>
            item.mine === 'maybe' ? { ...item, theirs: 'yes-or-maybe' } : item,
          );
        expect(privateMutualItems(starter)).toEqual(known(a, b));
        expect(privateMutualItems(responder)).toEqual(known(b, a));
      }),
      { numRuns: 12 },
    );
  });

  it('puts no entry, id or unblinded point in any code, and shares nothing between two exchanges', async () => {
    const all = boundaryCategories.flatMap((category) =>
      category.items.flatMap((item) => answersOf(item).map((a) => [a.key, 'yes'] as const)),
    );
    const a = list(Object.fromEntries(all));
    const first = await exchange(a, a);
    const second = await exchange(a, a);
    const bytes = (codes: Uint8Array[][]) => codes.flat().map(toHex).join('');
    const firstHex = bytes(first.codes);
    const entries = entriesOf(a, 'starter', boundaryCategories);
    const text = new TextEncoder();
    for (const entry of entries) {
      // What a careless protocol would send: the entry's point without a secret (with and without
      // the exchange id), the SHA-256 of its id or of the entry, or the id itself; each, and its
      // first 8 bytes, must be nowhere in the codes.
      const leaks = [
        hashToPoint(first.exchangeId, entryText(entry)).toBytes(),
        hashToPoint(new Uint8Array(0), entryText(entry)).toBytes(),
        sha256(text.encode(entry.key)),
        sha256(text.encode(entryText(entry))),
        text.encode(entry.key),
      ];
      for (const leak of leaks) {
        expect(firstHex).not.toContain(toHex(leak));
        expect(firstHex).not.toContain(toHex(leak.slice(0, 8)));
      }
    }
    const secondValues = new Set(second.codes.flat().map(toHex));
    expect(first.codes.flat().some((value) => secondValues.has(toHex(value)))).toBe(false);
    // Someone holding codes 2 and 3 cannot count the matches: no value of one is in the other.
    const code2 = new Set(first.codes[1]?.map(toHex));
    expect(first.codes[3]?.some((value) => code2.has(toHex(value)))).toBe(false);
    expect(first.starter.length).toBe(all.length);
  });

  it('refuses the identity and a non-canonical encoding as a point', async () => {
    expect(decodePoint(new Uint8Array(32))).toBeUndefined();
    expect(decodePoint(new Uint8Array(32).fill(0xff))).toBeUndefined();
  });

  it('flags a partner who sends only “yes” entries (to learn every Yes) instead of leaving it silent', async () => {
    const a = list({ 'safe-word': 'yes', 'check-ins': 'maybe', 'biting:give': 'yes' });
    const everything = list({ 'safe-word': 'yes', 'check-ins': 'yes', 'biting:receive': 'yes' });
    const one = await start(entriesOf(a, 'starter', boundaryCategories));
    const received = one.points.map((bytes) => decodePoint(bytes)) as never;
    const reply = async (entries: ReturnType<typeof entriesOf>) => {
      const two = await answer(one.state.exchangeId, received, entries);
      return (await finish(one.state, two.forStarter, two.points.map((bytes) => decodePoint(bytes)) as never)).matched;
    };
    const all = entriesOf(everything, 'responder', boundaryCategories);
    const cheat = await reply(all.filter((entry) => entry.kind === 'yes'));
    expect(matchesOf(cheat, one.state.entries)).toEqual([]);
    expect(repliedOddly(cheat)).toBe(true);
    // An honest partner's reply is never flagged.
    const honest = await reply(all);
    expect(matchesOf(honest, one.state.entries)).toHaveLength(3);
    expect(repliedOddly(honest)).toBe(false);
  });

  it('warns when a partner’s count is enough to have marked every item, even all Maybe (one entry each)', async () => {
    const keys = boundaryCategories.flatMap((category) => category.items.flatMap((item) => answersOf(item)));
    const allMaybe = entriesOf(
      list(Object.fromEntries(keys.map((a) => [a.key, 'maybe']))),
      'starter',
      boundaryCategories,
    );
    expect(allMaybe).toHaveLength(keys.length);
    expect(couldHoldEverything(allMaybe.length, boundaryCategories)).toBe(true);
    expect(couldHoldEverything(allMaybe.length - 1, boundaryCategories)).toBe(false);
  });
});

describe('the curve work gives the page back', () => {
  it('pauses between slices, so a click waiting in the queue runs before a long step ends', async () => {
    const many = list(Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`own-${index}`, 'yes' as const])), {
      custom: Array.from({ length: 50 }, (_, index) => ({ id: `own-${index}`, text: `Own item ${index}` })),
    });
    let pauses = 0;
    const slicing = {
      ...SLICES,
      pause: () => {
        pauses += 1;
        return SLICES.pause();
      },
    };
    let clicked = false;
    setTimeout(() => {
      clicked = true;
    }, 0);
    const step = start(entriesOf(many, 'starter', boundaryCategories), undefined, slicing);
    expect(clicked).toBe(false);
    await step;
    // 100 entries, 16 a slice: 7 slices, 6 pauses; the waiting "click" ran between two of them.
    expect(pauses).toBe(6);
    expect(clicked).toBe(true);
  });
});
