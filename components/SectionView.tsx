import { useEffect, useRef } from 'preact/hooks';
import type { Section } from '@/content';
import { HelpLines } from './HelpLines';
import { type Detail, TipCard } from './TipCard';

interface SectionViewProps {
  section: Section;
  detail: Detail;
  /** A tip to open and focus, when the section was reached from search. */
  tipId?: string;
  onBack(): void;
}

export function SectionView({ section, detail, tipId, onBack }: SectionViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!tipId) heading.current?.focus();
  }, [section.id, tipId]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
    }
  };

  return (
    <section class="section-view" aria-labelledby="section-title" onKeyDown={onKeyDown}>
      <button type="button" class="back" onClick={onBack}>
        ← All topics
      </button>
      <h2 id="section-title" ref={heading} tabIndex={-1}>
        {section.title}
      </h2>
      {section.tips.map((tip) => (
        <TipCard key={tip.id} tip={tip} detail={detail} highlighted={tip.id === tipId} />
      ))}
      {section.showsHelpLines && <HelpLines />}
    </section>
  );
}
