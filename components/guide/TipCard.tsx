import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { GuideTip } from '@/components/hooks/use-library';
import { SourceLine } from './SourceLine';

export type Detail = 'summary' | 'full';

interface TipCardProps {
  /** Its body is shown once the library has loaded (just after the view's first render). */
  tip: GuideTip;
  /** The popup shows summaries with a "More" toggle; the sidebar shows everything. */
  detail: Detail;
  /** Opened from search: start expanded and take focus. */
  highlighted?: boolean;
}

export function TipCard({ tip, detail, highlighted = false }: TipCardProps) {
  const [expanded, setExpanded] = useState(detail === 'full' || highlighted);
  const bodyId = useId();
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (highlighted) ref.current?.focus();
  }, [highlighted]);

  return (
    <article class="tip" ref={ref} tabIndex={highlighted ? -1 : undefined} aria-labelledby={`${bodyId}-title`}>
      <h3 id={`${bodyId}-title`}>{tip.title}</h3>
      <p class="summary">{tip.summary}</p>
      {detail === 'summary' && (
        <button
          type="button"
          class="link"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Less' : 'More'}
          <span class="visually-hidden"> about {tip.title}</span>
        </button>
      )}
      <div id={bodyId} hidden={!expanded}>
        {tip.body?.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <SourceLine sourceId={tip.source} detail={detail} />
      </div>
    </article>
  );
}
