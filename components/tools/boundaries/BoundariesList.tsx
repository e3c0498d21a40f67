import { Component } from 'preact';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { TextArea, TextInput } from '@/components/ui/PrivateText';
import { findTip } from '@/content';
import { guideHash } from '@/lib/guide-route';
import {
  type AnswerKey,
  addCustomItem,
  answersOf,
  type BoundaryList,
  CURIOUS_LABEL,
  confirmAnswer,
  DIRECTION_LABELS,
  type Direction,
  isCurious,
  isUnconfirmed,
  type ListItem,
  listGroups,
  MAX_ITEM_TEXT,
  RATING_LABELS,
  RATINGS,
  type Rating,
  ratingOf,
  removeCustomItem,
  setCurious,
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

/** One answer of an item, as the row shows it: one per item, or one per way round. */
export interface AnswerState {
  key: AnswerKey;
  direction?: Direction;
  rating?: Rating;
  curious: boolean;
  unconfirmed: boolean;
}

export function answerStates(list: BoundaryList, item: ListItem): AnswerState[] {
  return answersOf(item).map(({ key, direction }) => ({
    key,
    ...(direction ? { direction } : {}),
    ...(ratingOf(list, key) ? { rating: ratingOf(list, key) } : {}),
    curious: isCurious(list, key),
    unconfirmed: isUnconfirmed(list, key),
  }));
}

/** What a row can change; every callback is stable, so a row redraws only when its own item does. */
export interface RowActions {
  onRate(key: AnswerKey, rating: Rating | undefined): void;
  onCurious(key: AnswerKey, curious: boolean): void;
  onConfirm(key: AnswerKey): void;
  onNote(id: string, note: string): void;
  onOpenNote(id: string): void;
  onRemove(item: ListItem): void;
}

interface ItemProps extends RowActions {
  item: ListItem;
  answers: AnswerState[];
  note: string;
  noteOpen: boolean;
  /** A tag other than `li`, where the row stands alone (one item at a time). */
  as?: 'li' | 'div';
  /** Id for the item's wording, so a view can move focus to it. */
  textId?: string;
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

/** The answer in words, for paper: the way round, the answer, and its marks. */
function printedAnswer(answer: AnswerState): string {
  const words = [answer.rating ? RATING_LABELS[answer.rating] : UNSET_LABEL];
  if (answer.curious) words.push(CURIOUS_LABEL.toLowerCase());
  if (answer.unconfirmed) words.push('not confirmed yet');
  const said = words.join(', ');
  return answer.direction ? `${DIRECTION_LABELS[answer.direction]}: ${said}` : said;
}

/**
 * One answer: four choices as a native radio group (arrow keys choose), the curious mark on a Yes
 * or Maybe, and for an answer kept from before directions, what it is and a way to confirm it.
 */
function AnswerPicker({
  item,
  answer,
  textId,
  onRate,
  onCurious,
  onConfirm,
}: { item: ListItem; answer: AnswerState; textId: string } & Pick<RowActions, 'onRate' | 'onCurious' | 'onConfirm'>) {
  const base = useId();
  const { key, direction, rating, curious, unconfirmed } = answer;
  // Confirm takes its own button away: focus moves on to the answer it confirmed.
  const group = useRef<HTMLDivElement>(null);
  const [confirming, setConfirming] = useState(false);
  useLayoutEffect(() => {
    if (!confirming || unconfirmed) return;
    setConfirming(false);
    group.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  });
  const where = direction ? `“${item.text}”, ${DIRECTION_LABELS[direction]}` : `“${item.text}”`;
  return (
    <div class="answer" data-rating={rating ?? UNSET} data-unconfirmed={unconfirmed || undefined}>
      <div
        ref={group}
        role="radiogroup"
        aria-labelledby={direction ? `${textId} ${base}-way` : textId}
        aria-describedby={
          [item.hint ? `${textId}-hint` : '', unconfirmed ? `${base}-kept` : ''].join(' ').trim() || undefined
        }
      >
        {direction && (
          <p class="direction no-print" id={`${base}-way`}>
            {DIRECTION_LABELS[direction]}
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
                onChange={() => onRate(key, option.value === UNSET ? undefined : option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
      </div>
      {(rating === 'yes' || rating === 'maybe') && (
        <label class="rating curious no-print">
          <input type="checkbox" checked={curious} onChange={(event) => onCurious(key, event.currentTarget.checked)} />
          {CURIOUS_LABEL}
          <span class="visually-hidden"> ({where})</span>
        </label>
      )}
      {unconfirmed && (
        <p class="kept no-print">
          <span id={`${base}-kept`}>
            Not confirmed yet: your answer from before the list asked which way round was copied to both ways. It is not
            shared or compared until you confirm it or choose again.
          </span>{' '}
          <button
            type="button"
            class="link no-print"
            onClick={() => {
              setConfirming(true);
              onConfirm(key);
            }}
          >
            Confirm<span class="visually-hidden"> {where}</span>
          </button>
        </p>
      )}
      {/* On paper the radios and the way round above them are hidden; the answer is printed as words instead. */}
      <p class="print-only" aria-hidden="true">
        {printedAnswer(answer)}
      </p>
    </div>
  );
}

/** One item: its answer (or one per way round), its note, and Remove for own items. */
export function BoundaryRow({
  item,
  answers,
  note,
  noteOpen,
  as: Tag = 'li',
  textId,
  onRate,
  onCurious,
  onConfirm,
  onNote,
  onOpenNote,
  onRemove,
}: ItemProps) {
  const base = useId();
  const text = textId ?? `${base}-text`;
  const showNote = noteOpen || note !== '';
  const noteField = useRef<HTMLTextAreaElement>(null);
  // "Add a note" swaps itself for the note field, so focus follows to the field.
  useEffect(() => {
    if (noteOpen) noteField.current?.focus();
  }, [noteOpen]);
  return (
    <Tag class="boundary-item" data-rating={answers.length === 1 ? (answers[0]?.rating ?? UNSET) : undefined}>
      <p class="boundary-text" id={text} tabIndex={textId ? -1 : undefined}>
        {item.text}
      </p>
      {item.hint && (
        <p class="hint" id={`${text}-hint`}>
          {item.hint}
        </p>
      )}
      {answers.map((answer) => (
        <AnswerPicker
          key={answer.key}
          item={item}
          answer={answer}
          textId={text}
          onRate={onRate}
          onCurious={onCurious}
          onConfirm={onConfirm}
        />
      ))}
      {item.tipId && (
        <div>
          <GuideLink tipId={item.tipId} />
        </div>
      )}
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
    </Tag>
  );
}

const sameAnswers = (a: readonly AnswerState[], b: readonly AnswerState[]) =>
  a.length === b.length &&
  a.every((answer, n) => {
    const other = b[n];
    return (
      other !== undefined &&
      answer.key === other.key &&
      answer.rating === other.rating &&
      answer.curious === other.curious &&
      answer.unconfirmed === other.unconfirmed
    );
  });

/**
 * A row that renders again only when its own props change: typing in one note then redraws one
 * row, not every item of a long list.
 */
class MemoRow extends Component<ItemProps> {
  shouldComponentUpdate(next: ItemProps): boolean {
    return (Object.keys(next) as (keyof ItemProps)[]).some((key) =>
      key === 'answers' ? !sameAnswers(next.answers, this.props.answers) : next[key] !== this.props[key],
    );
  }

  render() {
    return <BoundaryRow {...this.props} />;
  }
}

/**
 * The row callbacks over the latest list: stable, so rows can skip rendering, and each reads the
 * list as it is now, not as it was when the row last drew.
 */
export function useRowActions(list: BoundaryList, onChange: (list: BoundaryList) => void) {
  const [openNotes, setOpenNotes] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<Feedback>();
  const latest = useRef(list);
  latest.current = list;
  const change = useCallback(
    (next: BoundaryList) => {
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );
  const actions: RowActions = useMemo(
    () => ({
      onRate: (key, rating) => change(setRating(latest.current, key, rating)),
      onCurious: (key, curious) => change(setCurious(latest.current, key, curious)),
      onConfirm: (key) => change(confirmAnswer(latest.current, key)),
      onNote: (id, note) => change(setNote(latest.current, id, note)),
      onOpenNote: (id) => setOpenNotes((open) => new Set([...open, id])),
      onRemove: (item) => {
        change(removeCustomItem(latest.current, item.id));
        setRemoved({ error: false, text: `Removed “${item.text}” and its note.` });
      },
    }),
    [change],
  );
  return { actions, change, openNotes, removed };
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
  const ids = useId();
  const { actions, change, openNotes, removed } = useRowActions(list, onChange);
  const groups = useMemo(() => listGroups({ custom: list.custom }), [list.custom]);

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
                answers={answerStates(list, item)}
                note={list.notes[item.id] ?? ''}
                noteOpen={openNotes.has(item.id)}
                {...actions}
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
