/**
 * A private comparison between two devices, each with its own `storage.session` (the fake
 * browser's session is swapped between them), the codes carried as text, as people would.
 */
import { randomBytes } from '@noble/curves/utils.js';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { boundaryCategories } from '@/content/boundary-items';
import { CODE_MESSAGES, readCode, writeCode } from '@/lib/psi/code';
import { entriesOf } from '@/lib/psi/entries';
import { fromHex, hashToPoint, randomScalar, scalarToHex } from '@/lib/psi/group';
import { EXCHANGE_MESSAGES } from '@/lib/psi/messages';
import { answer, type PrivateMatch } from '@/lib/psi/protocol';
import type { BoundaryList, Rating } from '@/lib/tools/boundaries';
import { encodeShareCode } from '@/lib/tools/boundary-share';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.resetModules();
});

const list = (ratings: Record<string, Rating>): BoundaryList => ({
  ratings,
  notes: {},
  custom: [],
  curious: [],
  unconfirmed: [],
});
const alex = list({ 'biting:give': 'yes', 'safe-word': 'yes', 'check-ins': 'maybe', 'praise:give': 'no' });
const sam = list({ 'biting:receive': 'maybe', 'safe-word': 'yes', 'check-ins': 'yes', 'spanking-hand:give': 'yes' });
const nobody = list({});

const shown = (matches: PrivateMatch[]) =>
  matches
    .map(({ entry, bothYes }) =>
      'id' in entry.mine ? `${entry.mine.id} ${entry.mine.direction ?? '-'} ${bothYes}` : '',
    )
    .sort();

async function modules() {
  return {
    exchange: await import('@/lib/psi/exchange'),
    storage: await import('@/lib/storage/storage'),
    lock: await import('@/lib/lock/lock'),
    wipe: await import('@/lib/data/wipe'),
  };
}

/** One device's `storage.session`, put in place while it takes a step. */
function device() {
  let saved: Record<string, unknown> = {};
  return {
    async run<T>(step: () => Promise<T>): Promise<T> {
      await fakeBrowser.storage.session.clear();
      await fakeBrowser.storage.session.set(saved);
      const result = await step();
      saved = await fakeBrowser.storage.session.get();
      return result;
    },
    get session() {
      return saved;
    },
  };
}

/** Everything stored, session and disk, comparable byte for byte. */
async function everything(): Promise<string> {
  const disk = await entries(createStore('tend', 'user-data'));
  return JSON.stringify([await fakeBrowser.storage.session.get(), disk]);
}

type Outcome = { ok: boolean; code?: string; error?: string };
const codeOf = (outcome: Outcome) => {
  if (!outcome.ok || !outcome.code) throw new Error(outcome.error ?? 'no code');
  return outcome.code;
};

/** A fixed secret and exchange id, so a test knows which scalar to look for. */
const fixed = (seed: number) => (length: number) => new Uint8Array(length).fill(seed);

describe('a private comparison between two devices', () => {
  it('gives both people the same mutual items, each from their side, and keeps no secret it no longer needs', async () => {
    const { exchange, storage } = await modules();
    const [a, b] = [device(), device()];
    await storage.read('autoLockMinutes'); // opening the store writes its schema version, once
    const disk = JSON.stringify(await entries(createStore('tend', 'user-data')));

    const started = await a.run(() => exchange.startExchange(alex, fixed(7)));
    expect(started).toMatchObject({ ok: true, entries: 5 });
    const starterSecret = scalarToHex(randomScalar(fixed(7)));
    expect(JSON.stringify(a.session)).toContain(starterSecret);

    const answered = await b.run(() => exchange.pasteCode(sam, codeOf(started as Outcome), fixed(9)));
    expect(answered).toMatchObject({ ok: true, step: 'answered', partnerEntries: 5, again: false });
    const responderSecret = scalarToHex(randomScalar(fixed(9)));
    expect(JSON.stringify(b.session)).not.toContain(responderSecret);
    expect(JSON.stringify(b.session)).not.toContain('secret');

    const finished = await a.run(() => exchange.pasteCode(alex, codeOf(answered as Outcome)));
    if (!finished.ok || finished.step !== 'finished') throw new Error('not finished');
    expect(finished).toMatchObject({ partnerEntries: 7, odd: false });
    expect(shown(finished.matches)).toEqual(['biting give false', 'check-ins - false', 'safe-word - true']);
    expect(JSON.stringify(a.session)).not.toContain(starterSecret);
    // Kept to show again if the view is reopened: the last code, with the partner's count.
    expect(a.session.boundaryExchange).toEqual({
      step: 'sent-last',
      id: '0707070707070707',
      code: finished.code,
      partnerEntries: 7,
    });

    const learned = await b.run(() => exchange.pasteCode(sam, finished.code));
    if (!learned.ok || learned.step !== 'learned') throw new Error('not learned');
    expect(learned.odd).toBe(false);
    expect(shown(learned.matches)).toEqual(['biting receive false', 'check-ins - false', 'safe-word - true']);
    expect(b.session.boundaryExchange).toBeUndefined();
    expect(b.session.boundaryExchangesUsed).toEqual(['0707070707070707']);
    expect(a.session.boundaryExchangesUsed).toEqual(['0707070707070707']);
    // Nothing of it ever reached the disk.
    expect(JSON.stringify(await entries(createStore('tend', 'user-data')))).toBe(disk);
  });

  it('refuses every wrong code in its own words, and a refusal changes nothing stored', async () => {
    const { exchange } = await modules();
    const [a, b, c, d] = [device(), device(), device(), device()];
    const code1 = codeOf((await a.run(() => exchange.startExchange(alex))) as Outcome);
    const code2 = codeOf((await b.run(() => exchange.pasteCode(sam, code1))) as Outcome);
    const other1 = codeOf((await c.run(() => exchange.startExchange(sam))) as Outcome);
    const other2 = codeOf((await d.run(() => exchange.pasteCode(alex, other1))) as Outcome);
    const idOf = (code: string) => fromHex(exchangeIdHex(code));
    const forged3 = writeCode({ step: 3, exchangeId: idOf(code1), forResponder: [new Uint8Array(8).fill(1)] });
    const wrongCount = writeCode({
      step: 2,
      exchangeId: idOf(code1),
      forStarter: [new Uint8Array(8).fill(1)],
      points: [randomPoint()],
    });

    const refusals: [ReturnType<typeof device>, () => Promise<unknown>, string][] = [
      [a, () => exchange.pasteCode(alex, ''), CODE_MESSAGES.empty],
      [a, () => exchange.pasteCode(alex, code2.slice(0, 40)), CODE_MESSAGES.cutShort],
      [a, () => exchange.pasteCode(alex, `B${code2.slice(1)}`), CODE_MESSAGES.damaged],
      [a, () => exchange.pasteCode(alex, code1), EXCHANGE_MESSAGES.ownCode],
      [a, () => exchange.pasteCode(alex, forged3), EXCHANGE_MESSAGES.forPartner],
      [a, () => exchange.pasteCode(alex, other2), EXCHANGE_MESSAGES.otherExchange],
      [a, () => exchange.pasteCode(alex, other1), EXCHANGE_MESSAGES.inProgress],
      [a, () => exchange.pasteCode(alex, wrongCount), CODE_MESSAGES.damaged],
      [a, () => exchange.pasteCode(alex, withIdentity(code1)), CODE_MESSAGES.damaged],
      [a, () => exchange.startExchange(alex), EXCHANGE_MESSAGES.inProgress],
      [b, () => exchange.pasteCode(sam, code2), EXCHANGE_MESSAGES.ownReply],
      [b, () => exchange.pasteCode(sam, wrongCount), EXCHANGE_MESSAGES.forPartner],
      [b, () => exchange.pasteCode(sam, forgedLast(other2)), EXCHANGE_MESSAGES.otherExchange],
      [b, () => exchange.pasteCode(sam, other1), EXCHANGE_MESSAGES.inProgress],
      [device(), () => exchange.pasteCode(sam, code2), EXCHANGE_MESSAGES.noLongerHas],
      [device(), () => exchange.pasteCode(sam, forged3), EXCHANGE_MESSAGES.noLongerHas],
      [device(), () => exchange.startExchange(nobody), EXCHANGE_MESSAGES.nothingToCompare],
      [device(), () => exchange.pasteCode(nobody, code1), EXCHANGE_MESSAGES.nothingToCompare],
      [device(), () => exchange.pasteCode(sam, encodeOld()), CODE_MESSAGES.oldShare],
    ];
    for (const [on, step, message] of refusals) {
      await on.run(async () => {
        const before = await everything();
        expect(await step()).toMatchObject({ ok: false, error: message });
        expect(await everything()).toBe(before);
      });
    }
  });

  it('answers the same code 1 again with the same reply, storing nothing new', async () => {
    const { exchange } = await modules();
    const [a, b] = [device(), device()];
    const code1 = codeOf((await a.run(() => exchange.startExchange(alex))) as Outcome);
    const code2 = codeOf((await b.run(() => exchange.pasteCode(sam, code1))) as Outcome);
    await b.run(async () => {
      const before = await everything();
      expect(await exchange.pasteCode(sam, code1)).toMatchObject({ ok: true, code: code2, again: true });
      expect(await everything()).toBe(before);
    });
  });

  it('takes one step at a time: two presses of Start, or two pastes, before either ends make one comparison', async () => {
    const { exchange } = await modules();
    const [a, b] = [device(), device()];
    const [first, second] = await a.run(() =>
      Promise.all([exchange.startExchange(alex), exchange.startExchange(alex)]),
    );
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, error: EXCHANGE_MESSAGES.inProgress });
    expect(a.session.boundaryExchange).toMatchObject({ code: codeOf(first as Outcome) });
    const code2 = codeOf((await b.run(() => exchange.pasteCode(sam, codeOf(first as Outcome)))) as Outcome);
    const [finished, again] = await a.run(() =>
      Promise.all([exchange.pasteCode(alex, code2), exchange.pasteCode(alex, code2)]),
    );
    expect(finished).toMatchObject({ ok: true, step: 'finished' });
    expect(again).toMatchObject({ ok: false, error: EXCHANGE_MESSAGES.alreadyUsed });
  });

  it('remembers an odd reply with the last code, so the view still holds it back after a reload', async () => {
    const { exchange } = await modules();
    const a = device();
    const code1 = codeOf((await a.run(() => exchange.startExchange(alex))) as Outcome);
    // A reply no Tend makes: only the "yes" entries, to learn every Yes without showing any Maybe.
    const read = readCode(code1);
    if (!read.ok || read.code.step !== 1) throw new Error('code 1 unreadable');
    const yesOnly = entriesOf(sam, 'responder', boundaryCategories).filter((entry) => entry.kind === 'yes');
    const cheat = await answer(read.code.exchangeId, read.code.points, yesOnly);
    const odd = writeCode({
      step: 2,
      exchangeId: read.code.exchangeId,
      forStarter: cheat.forStarter,
      points: cheat.points,
    });
    expect(await a.run(() => exchange.pasteCode(alex, odd))).toMatchObject({ ok: true, step: 'finished', odd: true });
    expect(await a.run(exchange.openExchange)).toMatchObject({ step: 'sent-last', odd: true });
  });

  it('begins no new comparison while a finished one’s last code is still kept, so the partner can still finish', async () => {
    const { exchange } = await modules();
    const [a, b, c] = [device(), device(), device()];
    const code1 = codeOf((await a.run(() => exchange.startExchange(alex))) as Outcome);
    const code2 = codeOf((await b.run(() => exchange.pasteCode(sam, code1))) as Outcome);
    const code3 = codeOf((await a.run(() => exchange.pasteCode(alex, code2))) as Outcome);
    const other = codeOf((await c.run(() => exchange.startExchange(sam))) as Outcome);
    await a.run(async () => {
      const before = await everything();
      const kept = { ok: false, error: EXCHANGE_MESSAGES.lastCodeKept };
      expect(await exchange.startExchange(alex)).toMatchObject(kept);
      expect(await exchange.pasteCode(alex, other)).toMatchObject(kept);
      expect(await everything()).toBe(before);
      await exchange.cancelExchange();
      expect(await exchange.startExchange(alex)).toMatchObject({ ok: true });
    });
    expect(await b.run(() => exchange.pasteCode(sam, code3))).toMatchObject({ ok: true, step: 'learned' });
  });

  it('a Cancel while one press computes also stops a second press waiting its turn', async () => {
    const { exchange } = await modules();
    const a = device();
    await a.run(async () => {
      let cancelling: Promise<void> | undefined;
      const first = exchange.startExchange(alex, (length) => {
        cancelling ??= exchange.cancelExchange();
        return randomBytes(length);
      });
      const second = exchange.startExchange(alex);
      const said = { ok: false, error: EXCHANGE_MESSAGES.lockedWhileStarting };
      expect(await first).toMatchObject(said);
      expect(await second).toMatchObject(said);
      expect(cancelling).toBeDefined();
    });
    expect(a.session.boundaryExchange).toBeUndefined();
  });

  it('gives each person’s own answer as it was compared, even if the list changed since', async () => {
    const { exchange } = await modules();
    const [a, b] = [device(), device()];
    const code1 = codeOf((await a.run(() => exchange.startExchange(alex))) as Outcome);
    const code2 = codeOf((await b.run(() => exchange.pasteCode(sam, code1))) as Outcome);
    const changed = list({ ...alex.ratings, 'check-ins': 'yes' });
    const finished = await a.run(() => exchange.pasteCode(changed, code2));
    if (!finished.ok || finished.step !== 'finished') throw new Error('not finished');
    const checkIns = finished.matches.find((match) => 'id' in match.entry.mine && match.entry.mine.id === 'check-ins');
    expect(checkIns).toMatchObject({ mineYes: false, bothYes: false });
  });

  it('refuses in words, keeping nothing, a comparison whose record could not be read back', async () => {
    const { exchange } = await modules();
    const a = device();
    const odd = [{ id: 'odd', title: 'Odd', items: [{ id: 'Not_An_Id', text: 'Anything' }] }] as never;
    const refused = await a.run(() => exchange.startExchange(list({ Not_An_Id: 'yes' }), undefined, odd));
    expect(refused).toEqual({ ok: false, error: EXCHANGE_MESSAGES.cannotKeep });
    expect(a.session.boundaryExchange).toBeUndefined();
  });

  it('uses each code once: a replayed code, or a second reply to the same code 1, says "already used"', async () => {
    const { exchange } = await modules();
    const [a, b, c] = [device(), device(), device()];
    const code1 = codeOf((await a.run(() => exchange.startExchange(alex))) as Outcome);
    const code2 = codeOf((await b.run(() => exchange.pasteCode(sam, code1))) as Outcome);
    const secondReply = codeOf((await c.run(() => exchange.pasteCode(alex, code1))) as Outcome);
    const code3 = codeOf((await a.run(() => exchange.pasteCode(alex, code2))) as Outcome);
    await b.run(() => exchange.pasteCode(sam, code3));
    // A used code says so before any point is decoded, even with a point no Tend sends (the identity).
    const identityReply = withIdentity(code1);
    const used = EXCHANGE_MESSAGES.alreadyUsed;
    for (const [on, code] of [
      [a, identityReply],
      [a, code2],
      [a, secondReply],
      [a, code1],
      [b, code3],
      [b, code1],
    ] as const) {
      await on.run(async () => {
        const before = await everything();
        expect(await exchange.pasteCode(sam, code)).toMatchObject({ ok: false, error: used });
        expect(await everything()).toBe(before);
      });
    }
    // The starter's own last code, pasted back, is for the partner.
    await a.run(async () =>
      expect(await exchange.pasteCode(alex, code3)).toMatchObject({ error: EXCHANGE_MESSAGES.forPartner }),
    );
  });

  it('locking, cancelling and wiping each end the comparison: its codes then say Tend no longer has it', async () => {
    const { exchange, storage, lock } = await modules();
    const b = device();
    for (const end of [lock.lockNow, exchange.cancelExchange, storage.wipeAll]) {
      const a = device();
      const code1 = codeOf((await a.run(() => exchange.startExchange(alex))) as Outcome);
      const code2 = codeOf((await b.run(() => exchange.pasteCode(sam, code1))) as Outcome);
      await a.run(end);
      expect(a.session.boundaryExchange).toBeUndefined();
      expect(JSON.stringify(a.session)).not.toContain('"entries"');
      const late = await a.run(() => exchange.pasteCode(alex, code2));
      expect(late).toMatchObject({ ok: false, error: EXCHANGE_MESSAGES.noLongerHas });
      await b.run(end);
      expect(b.session.boundaryExchange).toBeUndefined();
    }
  });

  it('a lock, Cancel or Wipe that lands while a step is computed leaves nothing of it stored', async () => {
    const { exchange, lock, wipe } = await modules();
    const wipeEverything = () => {
      // The fake browser has no manifest: Wipe reads it to give back what was granted.
      vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Tend', version: '0' });
      vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ permissions: [], origins: [] });
      return wipe.wipeEverything();
    };
    for (const end of [lock.lockNow, exchange.cancelExchange, wipeEverything]) {
      await endsMidStep(exchange, end);
    }
  });
});

async function endsMidStep(exchange: Awaited<ReturnType<typeof modules>>['exchange'], end: () => Promise<void>) {
  {
    const [a, b] = [device(), device()];
    const code1 = codeOf((await a.run(() => exchange.startExchange(alex))) as Outcome);
    for (const [on, step, said] of [
      [
        device(),
        (random: (n: number) => Uint8Array) => exchange.startExchange(alex, random),
        EXCHANGE_MESSAGES.lockedWhileStarting,
      ],
      [b, (random: (n: number) => Uint8Array) => exchange.pasteCode(sam, code1, random), EXCHANGE_MESSAGES.noLongerHas],
    ] as const) {
      await on.run(async () => {
        let locking: Promise<void> | undefined;
        // The ending lands first, before the step stores what it computed: the hard order, since it
        // then finds nothing to remove.
        const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
        vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
          if ('boundaryExchange' in items) await locking;
          return set(items);
        });
        // The secret is drawn in the middle of the step: the ending starts there.
        const outcome = await step((length) => {
          locking ??= end();
          return randomBytes(length);
        });
        await locking;
        expect(locking).toBeDefined();
        expect((await fakeBrowser.storage.session.get('boundaryExchange')).boundaryExchange).toBeUndefined();
        expect(outcome).toMatchObject({ ok: false, error: said });
        vi.restoreAllMocks();
      });
    }
    // Finishing and learning draw no secret: the ending lands as each first changes the record
    // (finishing stores the last code, learning removes the record), and is done before it goes on.
    const code2 = codeOf((await b.run(() => exchange.pasteCode(sam, code1))) as Outcome);
    for (const [on, step, change] of [
      [a, () => exchange.pasteCode(alex, code2), 'set'],
      [b, () => exchange.pasteCode(sam, forgedLast(code2, 7)), 'remove'],
    ] as const) {
      await on.run(async () => {
        let locking: Promise<void> | undefined;
        const area = fakeBrowser.storage.session;
        const original = (area[change] as (items: unknown) => Promise<void>).bind(area);
        vi.spyOn(area, change).mockImplementation(async (items: unknown) => {
          const touches = JSON.stringify(items).includes('boundaryExchange"') || items === 'boundaryExchange';
          if (touches && !locking) {
            locking = end();
            await locking;
          }
          return original(items);
        });
        const outcome = await step();
        expect(locking).toBeDefined();
        expect((await area.get('boundaryExchange')).boundaryExchange).toBeUndefined();
        expect(outcome).toMatchObject({ ok: false, error: EXCHANGE_MESSAGES.noLongerHas });
        vi.restoreAllMocks();
      });
    }
  }
}

function exchangeIdHex(code: string): string {
  const bytes = Uint8Array.from(atob(code.replace(/-/g, '+').replace(/_/g, '/').slice(0, 16)), (c) => c.charCodeAt(0));
  return Array.from(bytes.slice(3, 11), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A well-formed code 3 for the exchange of `code2`. */
function forgedLast(code2: string, count = 1): string {
  const forResponder = Array.from({ length: count }, (_, index) => new Uint8Array(8).fill(index));
  return writeCode({ step: 3, exchangeId: fromHex(exchangeIdHex(code2)), forResponder });
}

function randomPoint(): Uint8Array {
  return hashToPoint(new Uint8Array(8), 'any').toBytes();
}

function encodeOld(): string {
  return encodeShareCode({ items: { 'safe-word': 'yes' }, custom: [] });
}

/** A well-formed code 2 for the exchange of `code1` whose one point is the identity. */
function withIdentity(code1: string): string {
  const exchangeId = fromHex(exchangeIdHex(code1));
  return writeCode({ step: 2, exchangeId, forStarter: [new Uint8Array(8).fill(1)], points: [new Uint8Array(32)] });
}
