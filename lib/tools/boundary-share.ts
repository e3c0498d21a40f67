/**
 * The files and codes the boundaries list leaves the page as. The share file and share code two
 * partners swap to compare lists, with no server: the file is versioned JSON, and the code is the
 * same JSON in base64url, to paste into a message. Anything read back is checked against the
 * schema; bad input gets a message and yields nothing. The full-list file is the user's own copy.
 *
 * Version 2 names each answer by its key: an item's id, or its id and way round (`biting:give`), and
 * only keys the catalogue knows. Version 1, from before directions, names items by id alone; it is
 * still read, and a directed item in it matches either way round.
 */
import * as v from 'valibot';
import { boundaryCategories, retiredBoundaryIds } from '@/content/boundary-items';
import { fromBase64Url, toBase64Url } from '@/lib/base64url';
import type { Result } from '@/lib/checks';
import { startsLikePrivateCode } from '@/lib/psi/code-start';
import {
  answerKeys,
  answersOf,
  type BoundaryList,
  DIRECTION_LABELS,
  isCurious,
  isUnconfirmed,
  listGroups,
  MAX_CUSTOM_ITEMS,
  MAX_ITEM_TEXT,
  type Rating,
  ratingOf,
  type ShareContent,
  withoutRetiredAnswers,
} from './boundaries';

export const SHARE_KIND = 'tend-boundaries';
export const SHARE_VERSION = 2;
/** The full list the user saves for themselves: never read as a share, since it holds "no" answers. */
export const LIST_KIND = 'tend-boundaries-list';
export const LIST_VERSION = 2;
/** Far more than the largest real share; stops a huge paste from being parsed at all. */
export const MAX_SHARE_CHARS = 200_000;

export interface ShareFile extends ShareContent {
  kind: typeof SHARE_KIND;
  version: typeof SHARE_VERSION;
}

const SharedRatingSchema = v.picklist(['yes', 'maybe']);

const shareSchema = (version: number, key: RegExp) =>
  v.strictObject({
    kind: v.literal(SHARE_KIND),
    version: v.literal(version),
    items: v.record(v.pipe(v.string(), v.regex(key)), SharedRatingSchema),
    custom: CustomSchema,
  });

const CustomSchema = v.pipe(
  v.array(
    v.strictObject({
      text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_ITEM_TEXT)),
      rating: SharedRatingSchema,
    }),
  ),
  v.maxLength(MAX_CUSTOM_ITEMS),
);

const SCHEMAS: Record<number, ReturnType<typeof shareSchema>> = {
  1: shareSchema(1, /^[a-z0-9-]{1,64}$/),
  [SHARE_VERSION]: shareSchema(SHARE_VERSION, /^[a-z0-9-]{1,64}(:[a-z]{1,16})?$/),
};

/** Just enough to tell a Tend file of another kind or version from anything else. */
const EnvelopeSchema = v.object({ kind: v.string(), version: v.number() });

export function shareFile(content: ShareContent): ShareFile {
  return { kind: SHARE_KIND, version: SHARE_VERSION, items: content.items, custom: content.custom };
}

/** The text `bytes` spell in UTF-8, or undefined when they are not UTF-8. */
function textOf(bytes: Uint8Array | undefined): string | undefined {
  try {
    return bytes && new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text code of a share: its JSON in base64url, safe to paste anywhere. */
export function encodeShareCode(content: ShareContent): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(shareFile(content))));
}

/** A partner's share as read, with the version it came in (1: no way round is named). */
export type DecodedShare = Result<{ share: ShareContent; version: number }>;

const refuse = (error: string): DecodedShare => ({ ok: false, error });

const NOT_A_SHARE =
  'This is not a Tend share code. Check that all of it was copied, or ask your partner to send it again.';

/**
 * Reads a pasted share code or the text of a share file. Spaces and line breaks a messaging app
 * may add to a long code are ignored, and so are answers to retired items.
 */
export function decodeShare(
  input: string,
  categories = boundaryCategories,
  retired: ReadonlySet<string> = new Set(retiredBoundaryIds),
): DecodedShare {
  const text = input.trim();
  if (!text) return refuse('Paste your partner’s share code first, or open their share file.');
  if (startsLikePrivateCode(text)) {
    return refuse('This is a code for a private comparison. Paste it under “Compare in private” above.');
  }
  if (text.length > MAX_SHARE_CHARS) return refuse('This is far too long to be a Tend share code.');
  const json = text.startsWith('{') ? text : textOf(fromBase64Url(text.replace(/\s+/g, '')));
  if (json === undefined) return refuse(NOT_A_SHARE);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse(NOT_A_SHARE);
  }
  const envelope = v.safeParse(EnvelopeSchema, raw);
  if (!envelope.success) return refuse(NOT_A_SHARE);
  const { kind, version } = envelope.output;
  if (kind === LIST_KIND) {
    return refuse(
      'This is a full list saved from Tend, not a share code: it can hold “No” answers and notes. Ask your partner for their share code instead.',
    );
  }
  if (kind !== SHARE_KIND) return refuse(NOT_A_SHARE);
  if (version > SHARE_VERSION) {
    return refuse('This share code comes from a newer version of Tend. Update Tend, then try again.');
  }
  const schema = SCHEMAS[version];
  const parsed = schema && v.safeParse(schema, raw);
  if (!parsed?.success) return refuse('This share code is damaged or incomplete. Ask your partner to make a new one.');
  const { custom } = parsed.output;
  const items = withoutRetiredAnswers(parsed.output.items, retired);
  if (version === SHARE_VERSION) {
    const known = answerKeys({ custom: [] }, categories);
    if (!Object.keys(items).every((key) => known.has(key))) {
      return refuse(
        'This share code names items this version of Tend does not know. Check that you both have the latest Tend, then ask your partner for a new code.',
      );
    }
  }
  return { ok: true, share: { items, custom }, version };
}

export interface ListFile {
  kind: typeof LIST_KIND;
  version: typeof LIST_VERSION;
  savedAt: string;
  groups: {
    id: string;
    title: string;
    items: {
      id: string;
      text: string;
      /** One answer, or for an item with direction one per way round. */
      answers: { way?: string; answer: Rating | 'not set'; curious?: true; unconfirmed?: true }[];
      note?: string;
    }[];
  }[];
}

/** The whole list, readable in any text editor: every item with its answer and note. */
export function listFile(list: BoundaryList, now: Date, categories = boundaryCategories): ListFile {
  return {
    kind: LIST_KIND,
    version: LIST_VERSION,
    savedAt: now.toISOString(),
    groups: listGroups(list, categories).map((group) => ({
      id: group.id,
      title: group.title,
      items: group.items.map((item) => {
        const note = list.notes[item.id];
        return {
          id: item.id,
          text: item.text,
          answers: answersOf(item).map(({ key, direction }) => ({
            ...(direction ? { way: DIRECTION_LABELS[direction] } : {}),
            answer: ratingOf(list, key) ?? 'not set',
            ...(isCurious(list, key) ? { curious: true as const } : {}),
            ...(isUnconfirmed(list, key) ? { unconfirmed: true as const } : {}),
          })),
          ...(note ? { note } : {}),
        };
      }),
    })),
  };
}
