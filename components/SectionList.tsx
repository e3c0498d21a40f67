import type { Section } from '@/content';
import { NavList } from './NavList';

interface SectionListProps {
  sections: readonly Section[];
  onOpen(sectionId: string): void;
}

export function SectionList({ sections, onOpen }: SectionListProps) {
  return (
    <nav aria-label="Sections">
      <NavList
        items={sections.map((section) => ({
          id: `open-${section.id}`,
          title: section.title,
          blurb: section.blurb,
          onOpen: () => onOpen(section.id),
        }))}
      />
    </nav>
  );
}
