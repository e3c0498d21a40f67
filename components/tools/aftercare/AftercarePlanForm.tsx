import { useId, useState } from 'preact/hooks';
import { TipList } from '@/components/guide/TipList';
import { useDraft } from '@/components/hooks/use-draft';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { NoteField } from '@/components/ui/NoteField';
import { Panel } from '@/components/ui/Panel';
import { PrintButton } from '@/components/ui/PrintButton';
import { Printout } from '@/components/ui/Printout';
import { TextInput } from '@/components/ui/PrivateText';
import { Problem } from '@/components/ui/Problem';
import { SaveStatus } from '@/components/ui/SaveStatus';
import { medicalHelpTipIds } from '@/content';
import { LABEL_MAX } from '@/lib/limits';
import {
  type AftercarePlan,
  addKitItem,
  kitItems,
  kitRows,
  NEED_LABELS,
  planRows,
  removeKitItem,
  setKitReady,
} from '@/lib/tools/aftercare';

const NEEDS: { name: 'forMe' | 'forPartner'; hint: string }[] = [
  { name: 'forMe', hint: 'For example: water, a blanket, quiet time, being held, a text the next day.' },
  { name: 'forPartner', hint: 'Ask them, and write down what they tell you.' },
];

/**
 * Aftercare: what each person needs, the first-aid kit, and when to get medical help. It prints as
 * the plan and the kit in words (the form and the guide's tips beside it are left off paper).
 */
export function AftercarePlanForm() {
  const draft = useDraft('aftercarePlan');
  const [newItem, setNewItem] = useState('');
  const [feedback, setFeedback] = useState<Feedback>();
  const ids = useId();

  const plan = draft.value;
  if (!plan) return draft.error ? <Problem title="Aftercare" error={draft.error} /> : null;
  const update = (next: AftercarePlan) => draft.change(next);

  const add = (event: Event) => {
    event.preventDefault();
    const result = addKitItem(plan, newItem, crypto.randomUUID());
    if (!result.ok) return setFeedback({ error: true, text: result.error });
    update(result.plan);
    setFeedback({ error: false, text: `Added “${newItem.trim()}”.` });
    setNewItem('');
  };

  return (
    <Panel title="Aftercare">
      <Printout rows={planRows(plan)} />
      <Printout title="First-aid kit" rows={kitRows(plan)} />
      <div class="no-print">
        <p class="hint">
          Aftercare is the time to reconnect and look after each other. Talk beforehand about what each of you needs.
        </p>
        {NEEDS.map((field) => (
          <NoteField
            key={field.name}
            id={`${ids}-${field.name}`}
            label={NEED_LABELS[field.name]}
            hint={field.hint}
            value={plan[field.name]}
            onInput={(value) => update({ ...plan, [field.name]: value })}
          />
        ))}

        <fieldset>
          <legend>First-aid kit: what is ready</legend>
          <ul class="checklist">
            {kitItems(plan).map((item) => (
              <li key={item.id}>
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={plan.kitReady.includes(item.id)}
                    onChange={(event) => update(setKitReady(plan, item.id, event.currentTarget.checked))}
                  />
                  <span>{item.label}</span>
                </label>
                {plan.ownKit.some((own) => own.id === item.id) && (
                  <button
                    type="button"
                    class="link"
                    onClick={() => {
                      update(removeKitItem(plan, item.id));
                      setFeedback({ error: false, text: `Removed “${item.label}”.` });
                    }}
                  >
                    Remove<span class="visually-hidden"> {item.label}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </fieldset>
        <form onSubmit={add} noValidate>
          <label for={`${ids}-new`}>Add your own item</label>
          <div class="row">
            <TextInput
              id={`${ids}-new`}
              maxLength={LABEL_MAX}
              value={newItem}
              aria-invalid={feedback?.error === true}
              aria-describedby={`${ids}-new-message`}
              onInput={(event) => setNewItem(event.currentTarget.value)}
            />
            <button type="submit">Add</button>
          </div>
          <FormMessage id={`${ids}-new-message`} feedback={feedback} />
        </form>
        <div class="row actions">
          <PrintButton detail="your aftercare plan and kit" />
        </div>

        <SaveStatus draft={draft} />

        <h2>When to get medical help</h2>
        <TipList tipIds={medicalHelpTipIds} />
      </div>
    </Panel>
  );
}
