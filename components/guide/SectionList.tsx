import type { GuideSection } from '@/components/hooks/use-library';
import { NavList } from '@/components/ui/NavList';

interface SectionListProps {
  sections: readonly GuideSection[];
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
