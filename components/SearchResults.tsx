import type { MatchedSentence, SearchHit } from '@/content/search';
import { NavList } from './NavList';

interface SearchResultsProps {
  query: string;
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

export function SearchResults({ query, hits, onOpen }: SearchResultsProps) {
  return (
    <section aria-label="Search results">
      <p class="status" role="status">
        {hits.length === 0 ? `Nothing found for “${query}”. Try another word.` : `${hits.length} found`}
      </p>
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
