import { Component } from 'preact';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { TextArea, TextInput } from '@/components/ui/PrivateText';
import { findTip } from '@/content';
import { guideHash } from '@/lib/guide-route';
import { records } from '@/lib/storage/stored-schema';
import {
  addCustomItem,
  type BoundaryList,
  type ListItem,
  listGroups,
  MAX_ITEM_TEXT,
  RATING_LABELS,
  RATINGS,
  type Rating,
  ratingOf,
  removeCustomItem,
  setNote,
  setRating,
  UNSET_LABEL,
} from '@/lib/tools/boundaries';

const UNSET = 'unset';
const OPTIONS: { value: Rating | typeof UNSET; label: string }[] = [
  ...RATINGS.map((rating) => ({ value: rating, label: RATING_LABELS[rating] })),
  { value: UNSET, label: UNSET_LABEL },
];

interface ListProps {
  list: BoundaryList;
  onChange(list: BoundaryList): void;
}

interface ItemProps {
  item: ListItem;
  rating: Rating | undefined;
  note: string;
  noteOpen: boolean;
  onRate(id: string, rating: Rating | undefined): void;
  onNote(id: string, note: string): void;
  onOpenNote(id: string): void;
  onRemove(item: ListItem): void;
}

/** "Read the guide": the tip an item refers to, opened in the guide tab. */
function GuideLink({ tipId }: { tipId: string }) {
  const placed = findTip(tipId);
  if (!placed) return null;
  return (
    <a class="guide-link no-print" href={guideHash(placed.section.id, placed.tip.id)}>
      Read the guide<span class="visually-hidden"> about “{placed.tip.title}”</span>
    </a>
  );
}

/** One item: its four answers as a native radio group (arrow keys choose), its note, and Remove for own items. */
function BoundaryRow({ item, rating, note, noteOpen, onRate, onNote, onOpenNote, onRemove }: ItemProps) {
  const base = useId();
  const showNote = noteOpen || note !== '';
  const noteField = useRef<HTMLTextAreaElement>(null);
  // "Add a note" swaps itself for the note field, so focus follows to the field.
  useEffect(() => {
    if (noteOpen) noteField.current?.focus();
  }, [noteOpen]);
  return (
    <li class="boundary-item" data-rating={rating ?? UNSET}>
      <div role="radiogroup" aria-labelledby={`${base}-text`} aria-describedby={item.hint ? `${base}-hint` : undefined}>
        <p class="boundary-text" id={`${base}-text`}>
          {item.text}
        </p>
        {item.hint && (
          <p class="hint" id={`${base}-hint`}>
            {item.hint}
          </p>
        )}
        <div class="ratings">
          {OPTIONS.map((option) => (
            <label class="rating" key={option.value}>
              <input
                type="radio"
                name={`${base}-rating`}
                value={option.value}
                checked={(rating ?? UNSET) === option.value}
                onChange={() => onRate(item.id, option.value === UNSET ? undefined : option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
        {item.tipId && <GuideLink tipId={item.tipId} />}
        {/* On paper the radios are hidden; the answer is printed as a word instead. */}
        <p class="print-only" aria-hidden="true">
          {rating ? RATING_LABELS[rating] : UNSET_LABEL}
        </p>
      </div>
      {showNote ? (
        <div class="field">
          <label for={`${base}-note`}>
            Note<span class="visually-hidden"> on “{item.text}”</span>
          </label>
          <TextArea
            id={`${base}-note`}
            ref={noteField}
            rows={2}
            value={note}
            onInput={(event) => onNote(item.id, event.currentTarget.value)}
          />
          <p class="print-only note-text">{note}</p>
        </div>
      ) : (
        <button type="button" class="link" onClick={() => onOpenNote(item.id)}>
          Add a note<span class="visually-hidden"> on “{item.text}”</span>
        </button>
      )}
      {item.custom && (
        <button type="button" class="link" onClick={() => onRemove(item)}>
          Remove<span class="visually-hidden"> “{item.text}”</span>
        </button>
      )}
    </li>
  );
}

/**
 * A row that renders again only when its own props change: typing in one note then redraws one
 * row, not every item of a long list.
 */
class MemoRow extends Component<ItemProps> {
  shouldComponentUpdate(next: ItemProps): boolean {
    return (Object.keys(next) as (keyof ItemProps)[]).some((key) => next[key] !== this.props[key]);
  }

  render() {
    return <BoundaryRow {...this.props} />;
  }
}

/** Adding the user's own item, with an optional note; refusals say why and add nothing. */
function AddItemForm({ list, onChange }: ListProps) {
  const ids = useId();
  const [text, setText] = useState('');
  const [note, setNoteText] = useState('');
  const [feedback, setFeedback] = useState<Feedback>();

  const add = (event: Event) => {
    event.preventDefault();
    const result = addCustomItem(list, text, note);
    if (!result.ok) return setFeedback({ error: true, text: result.error });
    onChange(result.list);
    setText('');
    setNoteText('');
    setFeedback({ error: false, text: `Added “${text.trim()}” under Your own items. Choose Yes, Maybe or No for it.` });
  };

  return (
    <form class="add-item no-print" onSubmit={add} aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Add your own item</h3>
      <div class="field">
        <label for={`${ids}-text`}>Item</label>
        <p class="hint" id={`${ids}-text-hint`}>
          A few plain words, up to {MAX_ITEM_TEXT} characters. Your partner’s own items match yours when the words are
          the same.
        </p>
        <TextInput
          id={`${ids}-text`}
          aria-describedby={`${ids}-text-hint ${ids}-message`}
          aria-invalid={feedback?.error ?? false}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${ids}-note`}>Note (optional)</label>
        <TextArea
          id={`${ids}-note`}
          rows={2}
          value={note}
          onInput={(event) => setNoteText(event.currentTarget.value)}
        />
      </div>
      <button type="submit">Add to my list</button>
      <FormMessage id={`${ids}-message`} feedback={feedback} />
    </form>
  );
}

/** The whole list by category, then the user's own items; answering never moves anything. */
export function BoundariesList({ list, onChange }: ListProps) {
  const [openNotes, setOpenNotes] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<Feedback>();
  const ids = useId();
  // Rows get callbacks that never change, so they can skip rendering; these read the latest list.
  const latest = useRef(list);
  latest.current = list;
  const change = useCallback(
    (next: BoundaryList) => {
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );
  const onRate = useCallback(
    (id: string, rating: Rating | undefined) => change(setRating(latest.current, id, rating)),
    [change],
  );
  const onNote = useCallback((id: string, note: string) => change(setNote(latest.current, id, note)), [change]);
  const onOpenNote = useCallback((id: string) => setOpenNotes((open) => new Set([...open, id])), []);
  const onRemove = useCallback(
    (item: ListItem) => {
      change(removeCustomItem(latest.current, item.id));
      setRemoved({ error: false, text: `Removed “${item.text}” and its note.` });
    },
    [change],
  );
  const groups = useMemo(() => listGroups({ ...records.boundaries.fallback, custom: list.custom }), [list.custom]);

  return (
    <>
      {groups.map((group) => (
        <fieldset class="boundary-group" key={group.id}>
          <legend>
            <h3 class="group-title">{group.title}</h3>
          </legend>
          <ul class="boundary-items">
            {group.items.map((item) => (
              <MemoRow
                key={item.id}
                item={item}
                rating={ratingOf(list, item.id)}
                note={list.notes[item.id] ?? ''}
                noteOpen={openNotes.has(item.id)}
                onRate={onRate}
                onNote={onNote}
                onOpenNote={onOpenNote}
                onRemove={onRemove}
              />
            ))}
          </ul>
        </fieldset>
      ))}
      <FormMessage id={`${ids}-removed`} feedback={removed} />
      <AddItemForm list={list} onChange={change} />
    </>
  );
}
