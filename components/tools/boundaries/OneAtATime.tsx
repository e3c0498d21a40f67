import { useId, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { FormMessage } from '@/components/ui/FormMessage';
import { type BoundaryList, type ListItem, listGroups, needsAnswer } from '@/lib/tools/boundaries';
import { answerStates, BoundaryRow, useRowActions } from './BoundariesList';

/** Where the user is: kept by the tab, so printing the whole list and coming back loses nothing. */
export interface Place {
  currentId?: string;
  onlyUnanswered: boolean;
}

interface Props {
  list: BoundaryList;
  onChange(list: BoundaryList): void;
  place: Place;
  onPlace(place: Place): void;
}

/**
 * The list one item at a time: the item with its answers, where it is in the list, how many are
 * answered, and Previous / Next. "Only items still to answer or confirm" skips what is answered and confirmed;
 * the item on screen stays until the user moves on, so answering it does not pull it away.
 */
export function OneAtATime({ list, onChange, place, onPlace }: Props) {
  const ids = useId();
  const { actions, openNotes, removed } = useRowActions(list, onChange);
  const items = useMemo(
    () =>
      listGroups({ custom: list.custom }).flatMap((group) => group.items.map((item) => ({ item, group: group.title }))),
    [list.custom],
  );
  const { currentId, onlyUnanswered } = place;
  const [moved, setMoved] = useState(false);
  const textId = `${ids}-item`;

  const current = items.find(({ item }) => item.id === currentId);
  const shown = items.filter(({ item }) => !onlyUnanswered || needsAnswer(list, item) || item.id === current?.item.id);
  const here = current && shown.includes(current) ? current : shown[0];
  const position = here ? shown.indexOf(here) : -1;
  const answered = items.filter(({ item }) => !needsAnswer(list, item)).length;

  // Moving on puts focus on the new item's wording, so the next Tab reaches its answers; with no
  // item left to show, on the filter that hides the rest.
  useLayoutEffect(() => {
    if (!moved) return;
    setMoved(false);
    (document.getElementById(textId) ?? document.getElementById(`${ids}-only`))?.focus();
  });

  const go = (step: number) => {
    const next = shown[position + step];
    if (!next) return;
    onPlace({ ...place, currentId: next.item.id });
    setMoved(true);
  };

  // A removed own item gives way to the next one, or the one before if it was last.
  const remove = (item: ListItem) => {
    const at = shown.findIndex((entry) => entry.item.id === item.id);
    const next = shown[at + 1] ?? shown[at - 1];
    actions.onRemove(item);
    onPlace({ ...place, currentId: next?.item.id });
    setMoved(true);
  };

  return (
    <section class="one-at-a-time" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>One item at a time</h3>
      <label class="rating">
        <input
          id={`${ids}-only`}
          type="checkbox"
          checked={onlyUnanswered}
          onChange={(event) => onPlace({ currentId: here?.item.id, onlyUnanswered: event.currentTarget.checked })}
        />
        Only items still to answer or confirm
      </label>
      <p id={`${ids}-progress`} class="progress" aria-live="polite">
        {here
          ? `Item ${position + 1} of ${shown.length}${onlyUnanswered ? ' still to answer' : ''}, in ${here.group}. `
          : 'Every item has an answer. Turn off “Only items still to answer or confirm” to go through them all again. '}
        {`${answered} of ${items.length} answered.`}
      </p>
      <progress max={items.length} value={answered} aria-labelledby={`${ids}-progress`} />
      {here && (
        <BoundaryRow
          key={here.item.id}
          as="div"
          textId={textId}
          item={here.item}
          answers={answerStates(list, here.item)}
          note={list.notes[here.item.id] ?? ''}
          noteOpen={openNotes.has(here.item.id)}
          {...actions}
          onRemove={remove}
        />
      )}
      <FormMessage id={`${ids}-removed`} feedback={removed} />
      <div class="row actions">
        <button type="button" onClick={() => go(-1)} disabled={position <= 0}>
          Previous item
        </button>
        <button type="button" onClick={() => go(1)} disabled={position < 0 || position >= shown.length - 1}>
          Next item
        </button>
      </div>
    </section>
  );
}
