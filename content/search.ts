/**
 * Search over the guidance library with MiniSearch: a small, well-kept full-text index that gives
 * prefix and typo-tolerant matching and field boosts. Synonyms are folded into one canonical token
 * on both sides (index and query), so "safe word", "safe-word" and "safeword" find each other; the
 * index also keeps the words as written, so a prefix ("tingl") still finds "tingling". Each hit
 * says why it matched: the first sentence of its text holding a matched term, with the term marked.
 */
import MiniSearch from 'minisearch';
import { allTips, type PlacedTip } from './index';
import { synonymGroups, wholeQuerySynonyms } from './synonyms';
import type { Tip } from './types';
import { plainWords } from './words';

/** One word, or one synonym phrase, where it stands in the text. */
interface Token {
  /** What search sees: the group's canonical token for a synonym, else the word in lower case. */
  token: string;
  /** The words as written, lower case (more than one for a phrase). */
  words: readonly string[];
  start: number;
  end: number;
}

function buildTokenizer(groups: readonly (readonly string[])[]): (text: string) => Token[] {
  const tokenFor = new Map<string, string>();
  let longest = 1;
  for (const group of groups) {
    const canonical = plainWords(group[0] ?? '').replaceAll(' ', '');
    for (const term of group) {
      const words = plainWords(term);
      tokenFor.set(words, canonical);
      longest = Math.max(longest, words.split(' ').length);
    }
  }
  return (text) => {
    const words = Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (match) => ({
      word: match[0].toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    }));
    const tokens: Token[] = [];
    for (let at = 0; at < words.length; ) {
      // The longest synonym phrase starting at this word, whatever punctuation sits between its words.
      let phrase = '';
      let taken = 1;
      let token: string | undefined;
      for (let count = 1; count <= longest && at + count <= words.length; count++) {
        phrase = count === 1 ? (words[at]?.word ?? '') : `${phrase} ${words[at + count - 1]?.word}`;
        const found = tokenFor.get(phrase);
        if (found !== undefined) [taken, token] = [count, found];
      }
      const span = words.slice(at, at + taken);
      const first = span[0];
      const last = span[span.length - 1];
      if (!first || !last) break;
      tokens.push({
        token: token ?? first.word,
        words: span.map(({ word }) => word),
        start: first.start,
        end: last.end,
      });
      at += taken;
    }
    return tokens;
  };
}

const tokensOf = buildTokenizer(synonymGroups);

/** Text with every synonym replaced by its group's canonical token. */
export function canonicalise(text: string): string {
  return tokensOf(text)
    .map(({ token }) => token)
    .join(' ');
}

/** A query's terms: canonical tokens only, so a phrase is one term. */
const queryTerms = (text: string): string[] => tokensOf(text).map(({ token }) => token);

/** What the index holds of a text: each canonical token, and the words as written beside it. */
const indexTerms = (text: string): string[] =>
  tokensOf(text).flatMap(({ token, words }) => [token, ...words.filter((word) => word !== token)]);

/** A sentence of a tip's text, with the stretches that matched the query. */
export interface MatchedSentence {
  text: string;
  /** [start, end) offsets into `text`, in order. */
  marks: readonly (readonly [number, number])[];
}

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?…])\s+/);

/**
 * The first sentence of the tip's title, summary or body that holds one of the matched index
 * terms, with each such word or phrase marked; the summary's first sentence when only words the
 * reader does not see (keywords, the section's name) matched.
 */
export function matchedSentence(
  tip: Pick<Tip, 'title' | 'summary' | 'body'>,
  terms: readonly string[],
): MatchedSentence {
  const matched = new Set(terms);
  for (const field of [tip.title, tip.summary, ...tip.body]) {
    for (const text of sentencesOf(field)) {
      const marks = tokensOf(text)
        .filter(({ token, words }) => matched.has(token) || words.some((word) => matched.has(word)))
        .map(({ start, end }) => [start, end] as const);
      if (marks.length > 0) return { text, marks };
    }
  }
  return { text: sentencesOf(tip.summary)[0] ?? tip.summary, marks: [] };
}

interface IndexedTip {
  id: string;
  title: string;
  summary: string;
  body: string;
  keywords: string;
  section: string;
}

export interface SearchHit extends PlacedTip {
  score: number;
  /** Why it matched, to show under the result. */
  sentence: MatchedSentence;
}

export interface GuideSearch {
  search(query: string): SearchHit[];
}

export function createSearch(tips: readonly PlacedTip[] = allTips): GuideSearch {
  const byId = new Map(tips.map((placed) => [placed.tip.id, placed]));
  const index = new MiniSearch<IndexedTip>({
    fields: ['title', 'summary', 'body', 'keywords', 'section'],
    tokenize: indexTerms,
    searchOptions: {
      tokenize: queryTerms,
      prefix: true,
      fuzzy: 0.2,
      boost: { title: 3, keywords: 2, summary: 1.5, section: 1.5 },
    },
  });
  index.addAll(
    tips.map(({ tip, section }) => ({
      id: tip.id,
      title: tip.title,
      summary: tip.summary,
      body: tip.body.join(' '),
      keywords: (tip.keywords ?? []).join(' '),
      section: section.title,
    })),
  );

  const toHits = (results: ReturnType<typeof index.search>): SearchHit[] =>
    results.flatMap((result) => {
      const placed = byId.get(String(result.id));
      return placed ? [{ ...placed, score: result.score, sentence: matchedSentence(placed.tip, result.terms) }] : [];
    });

  return {
    search(typed) {
      const whole = plainWords(typed);
      if (!whole) return [];
      const query = Object.hasOwn(wholeQuerySynonyms, whole) ? (wholeQuerySynonyms[whole] ?? typed) : typed;
      // Every word must match when it can; otherwise fall back to any word, best first.
      const all = index.search(query, { combineWith: 'AND' });
      return toHits(all.length > 0 ? all : index.search(query, { combineWith: 'OR' }));
    },
  };
}
