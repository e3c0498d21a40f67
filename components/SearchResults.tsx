import type { SearchHit } from '@/content/search';
import { NavList } from './NavList';

interface SearchResultsProps {
  query: string;
  hits: readonly SearchHit[];
  onOpen(sectionId: string, tipId: string): void;
}

export function SearchResults({ query, hits, onOpen }: SearchResultsProps) {
  return (
    <section aria-label="Search results">
      <p class="status" role="status">
        {hits.length === 0 ? `Nothing found for “${query}”. Try another word.` : `${hits.length} found`}
      </p>
      <NavList
        items={hits.map(({ tip, section }) => ({
          id: `hit-${tip.id}`,
          title: tip.title,
          blurb: section.title,
          onOpen: () => onOpen(section.id, tip.id),
        }))}
      />
    </section>
  );
}
