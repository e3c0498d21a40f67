/**
 * Search over the guidance library with MiniSearch: a small, well-kept full-text index that gives
 * prefix and typo-tolerant matching and field boosts. Synonyms are folded into one canonical token
 * on both sides (index and query), so "safe word", "safe-word" and "safeword" find each other.
 */
import MiniSearch from 'minisearch';
import { allTips, type PlacedTip } from './index';
import { synonymGroups } from './synonyms';

/** Lower-cases and turns every run of punctuation or space into one space. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildCanonicaliser(groups: readonly (readonly string[])[]): (text: string) => string {
  const tokenFor = new Map<string, string>();
  for (const group of groups) {
    const canonical = plain(group[0] ?? '').replaceAll(' ', '');
    for (const term of group) tokenFor.set(plain(term), canonical);
  }
  // Longest first, so "safe word" wins over "safe".
  const terms = [...tokenFor.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => plain(text).replace(pattern, (match) => tokenFor.get(match) ?? match);
}

/** Text with every synonym replaced by its group's canonical token. */
export const canonicalise = buildCanonicaliser(synonymGroups);

function tokenize(text: string): string[] {
  return canonicalise(text).split(' ').filter(Boolean);
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
}

export interface GuideSearch {
  search(query: string): SearchHit[];
}

export function createSearch(tips: readonly PlacedTip[] = allTips): GuideSearch {
  const byId = new Map(tips.map((placed) => [placed.tip.id, placed]));
  const index = new MiniSearch<IndexedTip>({
    fields: ['title', 'summary', 'body', 'keywords', 'section'],
    tokenize,
    searchOptions: {
      tokenize,
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
      return placed ? [{ ...placed, score: result.score }] : [];
    });

  return {
    search(query) {
      if (!plain(query)) return [];
      // Every word must match when it can; otherwise fall back to any word, best first.
      const all = index.search(query, { combineWith: 'AND' });
      return toHits(all.length > 0 ? all : index.search(query, { combineWith: 'OR' }));
    },
  };
}
