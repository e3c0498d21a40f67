import type { SearchHit } from '@/content/search';
import { onArrowKeys } from './arrow-navigation';

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
      <ul class="nav-list" onKeyDown={onArrowKeys}>
        {hits.map(({ tip, section }) => (
          <li key={tip.id}>
            <button
              type="button"
              id={`hit-${tip.id}`}
              data-nav-item
              class="nav-item"
              onClick={() => onOpen(section.id, tip.id)}
            >
              <span class="nav-title">{tip.title}</span>
              <span class="nav-blurb">{section.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
