import type { Section } from '@/content';
import { onArrowKeys } from './arrow-navigation';

interface SectionListProps {
  sections: readonly Section[];
  onOpen(sectionId: string): void;
}

export function SectionList({ sections, onOpen }: SectionListProps) {
  return (
    <nav aria-label="Sections">
      <ul class="nav-list" onKeyDown={onArrowKeys}>
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              id={`open-${section.id}`}
              data-nav-item
              class="nav-item"
              onClick={() => onOpen(section.id)}
            >
              <span class="nav-title">{section.title}</span>
              <span class="nav-blurb">{section.blurb}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
