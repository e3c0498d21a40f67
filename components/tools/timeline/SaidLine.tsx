import { findSource } from '@/content/find-source';
import type { Said } from '@/content/time-windows';

/** `{emergency}` in a sentence becomes the region's emergency number (or words for it). */
export function withEmergency(text: string, emergency: string): string {
  return text.replaceAll('{emergency}', emergency);
}

/** One sentence of the timeline and, after it, the page that says it (its address in full, as the guide shows). */
export function SaidLine({ said, emergency }: { said: Said; emergency: string }) {
  const source = findSource(said.source);
  return (
    <p>
      {withEmergency(said.text, emergency)}{' '}
      {source && (
        <span class="source">
          (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.name}
          </a>
          <span class="print-only print-inline"> {source.url}</span>)
        </span>
      )}
    </p>
  );
}
