import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { boundaryCategories } from '@/content/boundary-items';
import { fromBase64Url, toBase64Url } from '@/lib/base64url';
import { MAX_CODE_TOKENS } from '@/lib/limits';
import { CODE_MESSAGES, type CodeContent, decodeCode, parseCode, readCode, TAG_CODE, writeCode } from '@/lib/psi/code';
import { entriesOf } from '@/lib/psi/entries';
import { concat, hashToPoint, shortHash, toHex } from '@/lib/psi/group';
import { start, TAG_FOR_STARTER } from '@/lib/psi/protocol';
import { encodeShareCode } from '@/lib/tools/boundary-share';
import { prng } from './seeded';

const exchangeId = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
const points = (count: number, salt = 'p') =>
  Array.from({ length: count }, (_, index) => hashToPoint(exchangeId, `${salt}${index}`).toBytes());
const hashes = (count: number, salt = 1) =>
  Array.from({ length: count }, (_, index) => new Uint8Array(8).fill(index + salt));

const one: CodeContent = { step: 1, exchangeId, points: points(3) };
const two: CodeContent = { step: 2, exchangeId, forStarter: hashes(3), points: points(2, 'q') };
const three: CodeContent = { step: 3, exchangeId, forResponder: hashes(2) };

/** The bytes of a code with `change` made, and its checksum made right again. */
function remade(code: string, change: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = change((fromBase64Url(code) as Uint8Array).slice(0, -4));
  const sum = sha256(concat(new TextEncoder().encode(TAG_CODE), bytes)).slice(0, 4);
  return toBase64Url(concat(bytes, sum));
}

const errorOf = (text: string) => {
  const reading = readCode(text);
  return reading.ok ? undefined : reading.error;
};

/** The code as read, points back as bytes, to compare with what was written. */
function roundTrip(content: CodeContent) {
  const reading = readCode(writeCode(content));
  if (!reading.ok) throw new Error(reading.error);
  const { code } = reading;
  const asBytes = (list: { toBytes(): Uint8Array }[]) => list.map((point) => point.toBytes());
  if (code.step === 1) return { ...code, points: asBytes(code.points) };
  if (code.step === 2) return { ...code, points: asBytes(code.points) };
  return code;
}

describe('private comparison codes', () => {
  it('read back exactly what was written, for each step, with the sizes of the design', () => {
    expect(roundTrip(one)).toEqual(one);
    expect(roundTrip(two)).toEqual(two);
    expect(roundTrip(three)).toEqual(three);
    expect(fromBase64Url(writeCode(one))?.length).toBe(17 + 32 * 3);
    expect(fromBase64Url(writeCode(two))?.length).toBe(19 + 8 * 3 + 32 * 2);
    expect(fromBase64Url(writeCode(three))?.length).toBe(17 + 8 * 2);
    expect([writeCode(one), writeCode(two), writeCode(three)].map((code) => code.slice(0, 4))).toEqual([
      'AQEB',
      'AQIB',
      'AQMB',
    ]);
  });

  it('ignores spaces, tabs and line breaks a chat app puts inside a code', () => {
    const code = writeCode(two);
    const wrapped = ` ${code.match(/.{1,20}/g)?.join('\n\t ')}\r\n`;
    expect(readCode(wrapped).ok).toBe(true);
  });

  it('refuses an empty paste, a huge one, and what is not a code, each in its own words', () => {
    expect(errorOf('')).toBe(CODE_MESSAGES.empty);
    expect(errorOf(' \n ')).toBe(CODE_MESSAGES.empty);
    expect(errorOf('A'.repeat(200_001))).toBe(CODE_MESSAGES.tooLong);
    for (const junk of ['hello there', 'hello', 'https://example.org', 'AAAAAAAAAAAAAAAAAAAAAAAAAA', '=====', '£€']) {
      expect(errorOf(junk)).toBe(CODE_MESSAGES.notACode);
    }
  });

  it('hands an old whole-list share code, as text or as a file, to the older comparison', () => {
    const share = encodeShareCode({ items: { 'safe-word': 'yes' }, custom: [] });
    for (const old of [share, '{"kind":"tend-boundaries","version":1,"items":{},"custom":[]}']) {
      const reading = readCode(old);
      expect(reading).toEqual({ ok: false, error: CODE_MESSAGES.oldShare, oldShare: true });
    }
  });

  it('refuses every cut of a valid code, saying it was cut short', () => {
    for (const content of [one, two, three]) {
      const code = writeCode(content);
      for (let length = 1; length < code.length; length++) {
        const error = errorOf(code.slice(0, length));
        // One character holds no whole byte: nothing of a code is left to recognise.
        expect(error, `cut at ${length}`).toBe(length === 1 ? CODE_MESSAGES.notACode : CODE_MESSAGES.cutShort);
      }
    }
  });

  it('refuses every single-bit change of a valid code; a changed version byte says damaged, never "update"', () => {
    for (const content of [one, two, three]) {
      const bytes = fromBase64Url(writeCode(content)) as Uint8Array;
      for (let bit = 0; bit < bytes.length * 8; bit++) {
        const flipped = bytes.slice();
        flipped[bit >> 3] = (flipped[bit >> 3] as number) ^ (1 << (bit & 7));
        const error = errorOf(toBase64Url(flipped));
        expect(error, `bit ${bit}`).toBeDefined();
        if (bit < 8) expect(error, `bit ${bit}`).toBe(CODE_MESSAGES.damaged);
      }
    }
  });

  it('refuses a character added at the end or a change in the unused bits of the last character', () => {
    const code = writeCode({ ...three, forResponder: hashes(1) }); // 25 bytes: the last character has 4 unused bits
    expect(code.length % 4).toBe(2);
    expect(errorOf(`${code}A`)).toBe(CODE_MESSAGES.damaged);
    const last = code.at(-1) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] as string;
    expect(errorOf(code.slice(0, -1) + sibling)).toBe(CODE_MESSAGES.damaged);
  });

  it('says "update Tend" for a newer format or matching rules, and "ask them to update" for older rules', () => {
    const code = writeCode(one);
    expect(errorOf(remade(code, (b) => Uint8Array.of(2, ...b.subarray(1))))).toBe(CODE_MESSAGES.newer);
    expect(errorOf(remade(code, (b) => Uint8Array.of(15, ...b.subarray(1))))).toBe(CODE_MESSAGES.newer);
    expect(errorOf(remade(code, (b) => Uint8Array.of(b[0] as number, b[1] as number, 2, ...b.subarray(3))))).toBe(
      CODE_MESSAGES.newer,
    );
    expect(errorOf(remade(code, (b) => Uint8Array.of(b[0] as number, b[1] as number, 0, ...b.subarray(3))))).toBe(
      CODE_MESSAGES.older,
    );
  });

  it('refuses as damaged, with a valid checksum: a step other than 1–3, extra bytes, bad counts, points and repeats', () => {
    const code = writeCode(one);
    const withStep = (step: number) => remade(code, (b) => Uint8Array.of(b[0] as number, step, ...b.subarray(2)));
    for (const step of [0, 4, 255]) expect(errorOf(withStep(step))).toBe(CODE_MESSAGES.damaged);
    expect(errorOf(remade(code, (b) => concat(b, new Uint8Array(1))))).toBe(CODE_MESSAGES.damaged);
    const header = (fromBase64Url(code) as Uint8Array).slice(0, 11);
    const body = (...parts: Uint8Array[]) => remade(code, () => concat(header, ...parts));
    const count = (n: number) => Uint8Array.of(n >> 8, n & 0xff);
    const [p, q] = points(2);
    expect(errorOf(body(count(0)))).toBe(CODE_MESSAGES.damaged);
    const tooMany = points(MAX_CODE_TOKENS + 1);
    expect(errorOf(body(count(MAX_CODE_TOKENS + 1), ...tooMany))).toBe(CODE_MESSAGES.damaged);
    expect(errorOf(body(count(MAX_CODE_TOKENS), ...tooMany.slice(1)))).toBeUndefined();
    expect(errorOf(body(count(2), p as Uint8Array, new Uint8Array(32)))).toBe(CODE_MESSAGES.damaged);
    expect(errorOf(body(count(2), p as Uint8Array, new Uint8Array(32).fill(0xff)))).toBe(CODE_MESSAGES.damaged);
    expect(errorOf(body(count(2), p as Uint8Array, p as Uint8Array))).toBe(CODE_MESSAGES.damaged);
    expect(errorOf(body(count(2), p as Uint8Array, q as Uint8Array))).toBeUndefined();
    const twice = writeCode({ ...three, forResponder: [hashes(1)[0], hashes(1)[0]] as Uint8Array[] });
    expect(errorOf(twice)).toBe(CODE_MESSAGES.damaged);
    const twiceInTwo = writeCode({ ...two, points: [points(1)[0], points(1)[0]] as Uint8Array[] });
    expect(errorOf(twiceInTwo)).toBe(CODE_MESSAGES.damaged);
  });

  it('parses a code up to its points, and decodes them only when asked', () => {
    const identity = writeCode({ ...one, points: [new Uint8Array(32)] });
    const parsed = parseCode(identity);
    expect(parsed.ok && parsed.code.step === 1 && parsed.code.points[0]).toEqual(new Uint8Array(32));
    expect(parsed.ok && decodeCode(parsed.code)).toBeUndefined();
    expect(errorOf(identity)).toBe(CODE_MESSAGES.damaged);
  });

  it('never writes a code no Tend could read', () => {
    expect(() => writeCode({ ...one, points: [] })).toThrow(RangeError);
    expect(() => writeCode({ ...three, forResponder: hashes(MAX_CODE_TOKENS + 1) })).toThrow(RangeError);
    expect(() => writeCode({ ...one, exchangeId: new Uint8Array(7) })).toThrow(RangeError);
  });

  it('never throws on 1,000 random and mutated pastes, and always gives a message', () => {
    const random = prng(24);
    const valid = [one, two, three].map(writeCode);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ {}=+/\n';
    const seen = new Set<string>();
    for (let run = 0; run < 1000; run++) {
      const base = valid[run % 3] as string;
      const pick = () => alphabet[Math.floor(random() * alphabet.length)] as string;
      let text: string;
      if (run % 4 === 0) {
        text = Array.from({ length: Math.floor(random() * 200) }, pick).join('');
      } else {
        const chars = [...base];
        for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
          const at = Math.floor(random() * chars.length);
          const kind = Math.floor(random() * 3);
          if (kind === 0) chars[at] = pick();
          else if (kind === 1) chars.splice(at, 1);
          else chars.splice(at, 0, pick());
        }
        text = chars.join('');
      }
      const reading = readCode(text);
      if (reading.ok) {
        // Only a mutation that changed nothing but spacing may still read.
        expect(text.replace(/\s+/g, '')).toBe(base);
      } else {
        expect(Object.values(CODE_MESSAGES)).toContain(reading.error);
        seen.add(reading.error);
      }
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('gives fixed answers for fixed inputs (a library change that alters them needs a new RULES_VERSION)', async () => {
    // Two Tends that hash differently would quietly match nothing. The first vector was computed
    // independently by the protocol's review, with the library alone.
    expect(toHex(hashToPoint(new Uint8Array(0), 'x').toBytes())).toBe(
      '6cce3af8f0c0607b75fcfee1140b615c4b6ae6169d91ee057fd8fcd0d72fc372',
    );
    const point = hashToPoint(exchangeId, JSON.stringify(['open', 'item', 'safe-word', 'none']));
    expect(toHex(point.toBytes())).toBe('d0513b580957e84bd329dc21cdf54ed94da281ae50f6b2ca3918b7560f32587b');
    expect(toHex(shortHash(TAG_FOR_STARTER, exchangeId, point))).toBe('9ec6f6faaa778ddf');
    const list = { ratings: { 'safe-word': 'yes', 'biting:give': 'maybe' } as const, notes: {}, custom: [] };
    const { state, points: blinded } = await start(
      entriesOf({ ...list, curious: [], unconfirmed: [] }, 'starter', boundaryCategories),
      (length) => new Uint8Array(length).fill(3),
    );
    expect(writeCode({ step: 1, exchangeId: state.exchangeId, points: blinded })).toBe(
      'AQEBAwMDAwMDAwMAAw47IeyE0jbRkEcxTsxDglK_T6qMc0vA3uNS2XVPfukubFhn4Ji97YeOIMaNwvYue8-nIczi7oPahP1X3kz64Hvk9QJWG8I8jUQ2pcQINF1S_a79ELH2rDTI1SdgYQg7Wx189LM',
    );
  });
});
