import type { ComponentChildren } from 'preact';

/** What two people have in common, as a list of `children` rows; when nothing, a kind word instead. */
export function MutualItems({ count, children }: { count: number; children: ComponentChildren }) {
  if (count === 0) {
    return (
      <p>Nothing you both marked Yes or Maybe, yet. That is fine: it is a starting point for a talk, not a verdict.</p>
    );
  }
  return <ul class="mutual-items">{children}</ul>;
}
