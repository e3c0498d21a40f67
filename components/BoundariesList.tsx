import { useEffect, useId, useRef, useState } from 'preact/hooks';
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
} from '@/lib/boundaries';
import { type Feedback, FormMessage } from './FormMessage';

const UNSET = 'unset';
const OPTIONS: { value: Rating | typeof UNSET; label: string }[] = [
  ...RATINGS.map((rating) => ({ value: rating, label: RATING_LABELS[rating] })),
  { value: UNSET, label: UNSET_LABEL },
];

interface ListProps {
  list: BoundaryList;
  onChange(list: BoundaryList): void;
}

interface ItemProps extends ListProps {
  item: ListItem;
  noteOpen: boolean;
  onOpenNote(): void;
  onRemove(): void;
}

/** One item: its four answers as a native radio group (arrow keys choose), its note, and Remove for own items. */
function BoundaryRow({ item, list, onChange, noteOpen, onOpenNote, onRemove }: ItemProps) {
  const base = useId();
  const rating = ratingOf(list, item.id);
  const note = list.notes[item.id] ?? '';
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
                onChange={() => onChange(setRating(list, item.id, option.value === UNSET ? undefined : option.value))}
              />
              {option.label}
            </label>
          ))}
        </div>
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
          <textarea
            id={`${base}-note`}
            ref={noteField}
            rows={2}
            value={note}
            onInput={(event) => onChange(setNote(list, item.id, event.currentTarget.value))}
          />
          <p class="print-only note-text">{note}</p>
        </div>
      ) : (
        <button type="button" class="link" onClick={onOpenNote}>
          Add a note<span class="visually-hidden"> on “{item.text}”</span>
        </button>
      )}
      {item.custom && (
        <button type="button" class="link" onClick={onRemove}>
          Remove<span class="visually-hidden"> “{item.text}”</span>
        </button>
      )}
    </li>
  );
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
        <input
          id={`${ids}-text`}
          aria-describedby={`${ids}-text-hint ${ids}-message`}
          aria-invalid={feedback?.error ?? false}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${ids}-note`}>Note (optional)</label>
        <textarea
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

  return (
    <>
      {listGroups(list).map((group) => (
        <fieldset class="boundary-group" key={group.id}>
          <legend>{group.title}</legend>
          <ul class="boundary-items">
            {group.items.map((item) => (
              <BoundaryRow
                key={item.id}
                item={item}
                list={list}
                onChange={onChange}
                noteOpen={openNotes.has(item.id)}
                onOpenNote={() => setOpenNotes(new Set([...openNotes, item.id]))}
                onRemove={() => {
                  onChange(removeCustomItem(list, item.id));
                  setRemoved({ error: false, text: `Removed “${item.text}” and its note.` });
                }}
              />
            ))}
          </ul>
        </fieldset>
      ))}
      <FormMessage id={`${ids}-removed`} feedback={removed} />
      <AddItemForm list={list} onChange={onChange} />
    </>
  );
}
