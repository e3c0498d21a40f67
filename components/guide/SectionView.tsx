import { useEffect, useRef } from 'preact/hooks';
import type { GuideSection } from '@/components/hooks/use-library';
import { lazy } from '@/components/ui/lazy';
import { formatDay } from '@/lib/dates';
import { SourceLinksNote } from './SourceLine';
import { type Detail, TipCard } from './TipCard';

// Help lines and emergency numbers (every region's) load when a section shows them, not with the first screen.
const HelpLines = lazy(() => import('./HelpLines').then((module) => module.HelpLines));
const EmergencySignsHere = lazy(() => import('./EmergencySigns').then((module) => module.EmergencySignsHere));

interface SectionViewProps {
  section: GuideSection;
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
      <p class="source">
        Sources checked <time dateTime={section.checked}>{formatDay(section.checked)}</time>.
        {detail === 'full' && <SourceLinksNote />}
      </p>
      {section.showsEmergencySigns && <EmergencySignsHere level={3} />}
      {section.showsTimeline && (
        <p class="timeline-link">
          {detail === 'full' ? (
            <a href="#timeline">Count the time left for each, from when it happened</a>
          ) : (
            'In the full guide, the Timeline tab counts the time left for each, from when it happened.'
          )}
        </p>
      )}
      {section.tips.map((tip) => (
        <TipCard key={tip.id} tip={tip} detail={detail} highlighted={tip.id === tipId} />
      ))}
      {section.showsHelpLines && <HelpLines />}
    </section>
  );
}
