import { NavList } from '@/components/ui/NavList';
import type { MatchedSentence, SearchHit } from '@/content/search';

interface SearchResultsProps {
  hits: readonly SearchHit[];
  onOpen(sectionId: string, tipId: string): void;
}

/** The sentence that matched, with the matched words marked. */
function Sentence({ sentence: { text, marks } }: { sentence: MatchedSentence }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of marks) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** What a search found, for the live region that is on the page before the first search. */
export const searchCount = (query: string, hits: readonly SearchHit[]): string =>
  hits.length === 0 ? `Nothing found for “${query}”. Try another word.` : `${hits.length} found`;

export function SearchResults({ hits, onOpen }: SearchResultsProps) {
  return (
    <section aria-label="Search results">
      <NavList
        items={hits.map(({ tip, section, sentence }) => ({
          id: `hit-${tip.id}`,
          title: tip.title,
          blurb: section.title,
          excerpt: <Sentence sentence={sentence} />,
          onOpen: () => onOpen(section.id, tip.id),
        }))}
      />
    </section>
  );
}
