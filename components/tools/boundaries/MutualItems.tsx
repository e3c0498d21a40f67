import type { ComponentChildren, Ref } from 'preact';
import {
  COMPARED_DIRECTION_LABELS,
  type MutualItem,
  PARTNER_RATING_LABELS,
  RATING_LABELS,
} from '@/lib/tools/boundaries';

export const RESULT_SAVED = 'Result saved on this device. You can forget it at any time.';
export const RESULT_CLEARED = 'Result cleared. Nothing was saved.';

/** What two people have in common, as a list of `children` rows; when nothing, a kind word instead. */
function MutualItems({ count, children }: { count: number; children: ComponentChildren }) {
  if (count === 0) {
    return (
      <p>Nothing you both marked Yes or Maybe, yet. That is fine: it is a starting point for a talk, not a verdict.</p>
    );
  }
  return <ul class="mutual-items">{children}</ul>;
}

/** A comparison's result, plain or private, on screen or saved: each item with both answers. */
export function MutualList({ items }: { items: readonly MutualItem[] }) {
  return (
    <MutualItems count={items.length}>
      {items.map((item) => (
        <li key={`${item.group}:${item.text}:${item.direction ?? ''}`}>
          <span class="boundary-text">{item.text}</span>
          {item.direction && <span class="direction">: {COMPARED_DIRECTION_LABELS[item.direction]}</span>}{' '}
          <span class="hint">({item.group})</span>
          <br />
          You: {RATING_LABELS[item.mine]} · Your partner: {PARTNER_RATING_LABELS[item.theirs]}
          {item.eitherWay && (
            <>
              <br />
              <span class="hint">Their code did not say which way round, so their answer may mean either.</span>
            </>
          )}
        </li>
      ))}
    </MutualItems>
  );
}

/**
 * A result just compared, not yet saved: the list, then Save and Clear. `children` go between the
 * heading and the list (a warning). The heading takes focus once the comparison is made.
 */
export function ComparisonResult(props: {
  id: string;
  level: 3 | 4;
  headingRef: Ref<HTMLHeadingElement>;
  items: readonly MutualItem[];
  onSave: () => void;
  onClear: () => void;
  children?: ComponentChildren;
}) {
  const Heading = props.level === 3 ? 'h3' : 'h4';
  return (
    <section class="result" aria-labelledby={props.id}>
      <Heading id={props.id} ref={props.headingRef} tabIndex={-1}>
        What you both marked Yes or Maybe
      </Heading>
      {props.children}
      <p class="hint">Not saved. A “yes” here is a place to start talking, and still needs a yes in the moment.</p>
      <MutualList items={props.items} />
      <div class="row actions">
        <button type="button" onClick={props.onSave}>
          Save this result
        </button>
        <button type="button" onClick={props.onClear}>
          Clear result
        </button>
      </div>
    </section>
  );
}
