import { useEffect, useRef } from 'preact/hooks';
import { HelpLines } from '@/components/guide/HelpLines';
import { TipList } from '@/components/guide/TipList';
import { useDraft } from '@/components/hooks/use-draft';
import { ConfirmButton } from '@/components/ui/ConfirmButton';
import { NoteField } from '@/components/ui/NoteField';
import { Panel } from '@/components/ui/Panel';
import { PrintButton } from '@/components/ui/PrintButton';
import { Printout } from '@/components/ui/Printout';
import { TextInput } from '@/components/ui/PrivateText';
import { Problem } from '@/components/ui/Problem';
import { SaveStatus } from '@/components/ui/SaveStatus';
import { crossedLineSigns, reflectionSupportTipIds } from '@/content';
import { localDate } from '@/lib/dates';
import { LIST_MAX } from '@/lib/limits';
import {
  byNewest,
  entryRows,
  type JournalEntry,
  lineCrossed,
  NOTE_LABELS,
  newEntry,
  removeEntry,
  replaceEntry,
  toggleSign,
} from '@/lib/tools/journal';

const dayName = (date: string) => new Date(`${date}T00:00:00`).toLocaleDateString(undefined, { dateStyle: 'full' });

/** The reflection journal: one entry per time the user wants to look back on. */
export function Journal() {
  const draft = useDraft('journal');
  const created = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (created.current) document.getElementById(`entry-${created.current}-date`)?.focus();
    created.current = undefined;
  });

  const entries = draft.value;
  if (!entries) return draft.error ? <Problem title="Reflection journal" error={draft.error} /> : null;

  const add = () => {
    const entry = newEntry(crypto.randomUUID(), localDate(new Date()));
    created.current = entry.id;
    draft.change([entry, ...entries]);
  };

  return (
    <Panel title="Reflection journal">
      <p class="hint no-print">
        A private place to note how things felt. Talking about what you liked and what you did not is part of aftercare.
      </p>
      <button type="button" onClick={add} disabled={entries.length >= LIST_MAX}>
        New entry
      </button>
      {entries.length === 0 && <p class="status">No entries yet.</p>}
      {byNewest(entries).map((entry) => (
        <Entry
          key={entry.id}
          entry={entry}
          onChange={(next) => draft.change(replaceEntry(entries, next))}
          onDelete={() => draft.change(removeEntry(entries, entry.id))}
        />
      ))}
      <SaveStatus draft={draft} />
    </Panel>
  );
}

interface EntryProps {
  entry: JournalEntry;
  onChange(entry: JournalEntry): void;
  onDelete(): void;
}

/** One entry: its form on screen; on paper, its day and its rows in words (printed alone by its Print). */
function Entry({ entry, onChange, onDelete }: EntryProps) {
  const id = `entry-${entry.id}`;
  const update = (change: Partial<JournalEntry>) => onChange({ ...entry, ...change });
  return (
    <article class="entry" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{dayName(entry.date)}</h3>
      <Printout rows={entryRows(entry)} />
      <div class="no-print">
        <div class="field">
          <label for={`${id}-date`}>Date</label>
          <TextInput
            id={`${id}-date`}
            type="date"
            required
            value={entry.date}
            onChange={(event) => {
              // A cleared or half-typed date keeps the last good one rather than losing the entry's day.
              const date = event.currentTarget.value;
              if (date) update({ date });
            }}
          />
        </div>
        <NoteField id={`${id}-good`} label={NOTE_LABELS.good} value={entry.good} onInput={(good) => update({ good })} />
        <NoteField
          id={`${id}-not-good`}
          label={NOTE_LABELS.notGood}
          value={entry.notGood}
          onInput={(notGood) => update({ notGood })}
        />
        <fieldset>
          <legend>Did any of these happen?</legend>
          {crossedLineSigns.map((sign) => (
            <label class="choice" key={sign.id}>
              <input
                type="checkbox"
                checked={entry.signs.includes(sign.id)}
                onChange={(event) => onChange(toggleSign(entry, sign.id, event.currentTarget.checked))}
              />
              <span>{sign.label}</span>
            </label>
          ))}
        </fieldset>
        {lineCrossed(entry) && (
          <section class="support" aria-labelledby={`${id}-support`}>
            <h4 id={`${id}-support`}>You deserve support</h4>
            <p>
              What you ticked suggests a line was crossed. That is not your fault. It can help to talk it through, with
              someone you trust or with one of the services below, before you talk with your partner.
            </p>
            <TipList tipIds={reflectionSupportTipIds} />
            <HelpLines />
          </section>
        )}
        <div class="row actions">
          <PrintButton detail={`this entry from ${dayName(entry.date)}`} />
        </div>
        <ConfirmButton
          label="Delete this entry"
          detail={`from ${dayName(entry.date)}`}
          question="Delete this entry for good?"
          confirmLabel="Yes, delete it"
          onConfirm={onDelete}
        />
      </div>
    </article>
  );
}
