/**
 * Comparing lists in private (issue 24): three codes the two people pass to each other, and each
 * sees only what they both marked. Loaded only when the person opens it, so the curve code is not
 * part of the boundaries list. The steps and their refusals are lib/psi/exchange.ts's; this view
 * shows them.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { readTextFile } from '@/lib/data/download';
import { onComparisonEnded } from '@/lib/psi/ending';
import { cancelExchange, openExchange, type Pasted, pasteCode, startExchange } from '@/lib/psi/exchange';
import { EXCHANGE_MESSAGES } from '@/lib/psi/messages';
import { privateMutualItems } from '@/lib/psi/result';
import type { BoundaryList, MutualItem } from '@/lib/tools/boundaries';
import { PasteCode } from './CodeFields';
import { type CodeKind, CodeToSend, warnedAbout } from './CodeToSend';
import { ComparisonResult, RESULT_CLEARED, RESULT_SAVED } from './MutualItems';
import { PrivateExplanation } from './PrivateExplanation';

interface Shown {
  /** The code this person is to send next. */
  code?: { text: string; kind: CodeKind };
  /** How many entries the partner's code held, when one was read (kept with the code to send). */
  partnerEntries?: number;
  result?: MutualItem[];
  /** What is odd about the partner's codes, in words (see repliedOddly in lib/psi/protocol.ts). */
  odd?: string;
  /** The last code is held back after an odd reply, until the person asks for it. */
  held?: boolean;
  /** Whether this device keeps a comparison, so Cancel is offered. */
  kept: boolean;
}

const CANCELLED = { error: false, text: 'Comparison cancelled. Its codes no longer work here.' } as const;
const FORGOTTEN = { error: false, text: 'Comparison forgotten. Tend no longer keeps its last code.' } as const;
const ENDED = {
  error: false,
  text: 'The comparison ended: Tend locked, or it was cancelled in another window. Its codes no longer work here.',
} as const;

const ODD_REPLY =
  'Something is odd about your partner’s reply: Tend never makes a reply like it. This can happen when someone tries to learn which items you marked Yes without showing their own. What is shown here may not be right.';

const ODD_CODES =
  'Something is odd about the codes your partner sent: Tend never makes codes like them. This can happen when someone changes a code on purpose to learn more of your list, such as every item you marked Yes. What is shown here may not be right.';

/** What a comparison kept from before shows again when the view is reopened: its code, with the count and holds. */
function shownAgain(exchange: NonNullable<Awaited<ReturnType<typeof openExchange>>>): Shown {
  if (exchange.step === 'await-reply') return { kept: true, code: { text: exchange.code, kind: 'start' } };
  if (exchange.step === 'await-last') {
    const code = { text: exchange.code, kind: 'reply' } as const;
    return { kept: true, code, partnerEntries: exchange.matchKeys.length };
  }
  const code = { text: exchange.code, kind: 'last' } as const;
  const odd = exchange.odd ? ODD_REPLY : undefined;
  return { kept: true, code, partnerEntries: exchange.partnerEntries, odd, held: exchange.odd };
}

/**
 * `onOldShare` takes a whole-list share code pasted here, for the older comparison; `onSave` keeps
 * a result, as the plain comparison's Save does.
 */
export function ComparePrivately(props: {
  list: BoundaryList;
  onOldShare: (text: string) => void;
  onSave: (items: MutualItem[]) => Promise<void>;
}) {
  const { list, onOldShare, onSave } = props;
  const ids = useId();
  const [shown, setShown] = useState<Shown>({ kept: false });
  const [pasted, setPasted] = useState('');
  const { busy, feedback, run, say } = useOperation({ unchanged: true });
  // After each step focus goes to what it made: the code to send, or the result's heading.
  const [focusNext, setFocusNext] = useState<'code' | 'result' | 'start'>();
  const area = useRef<HTMLDivElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (!focusNext) return;
    const target =
      focusNext === 'result'
        ? resultHeading.current
        : focusNext === 'start'
          ? startButton.current
          : area.current?.querySelector<HTMLElement>('.code-to-send textarea, .code-to-send button');
    target?.focus();
    setFocusNext(undefined);
  });

  // A comparison kept from before (the panel was closed or reloaded): its code can be sent again.
  useEffect(() => {
    void openExchange().then((exchange) => {
      if (!exchange) return;
      setShown((now) => (now.code || now.result ? now : shownAgain(exchange)));
    });
  }, []);

  // Cancel may come while a step computes: the step then keeps nothing (lib/psi/ending.ts), and
  // what it returns is dropped here, so the view stays as Cancel left it.
  const cancels = useRef(0);
  const lastEnding = useRef<Feedback>(CANCELLED);
  const cancelledSince = (at: number) => cancels.current !== at;
  // This page's own Cancel ends it too, and then says so itself.
  const endingHere = useRef(false);
  const shownNow = useRef(shown);
  shownNow.current = shown;

  // Ended anywhere (Tend locked, even with no passphrase, or Cancel or Wipe elsewhere): nothing of
  // it, code or result, stays on screen.
  useEffect(
    () =>
      onComparisonEnded(() => {
        cancels.current += 1;
        const had = shownNow.current.kept || shownNow.current.result !== undefined;
        setShown({ kept: false });
        setPasted('');
        if (endingHere.current) {
          endingHere.current = false;
        } else {
          lastEnding.current = ENDED;
          if (had) say(ENDED);
        }
      }),
    [say],
  );

  const start = () =>
    runStep(async () => {
      const at = cancels.current;
      const started = await startExchange(list);
      if (cancelledSince(at)) return lastEnding.current;
      if (!started.ok) return { error: true, text: started.error };
      setShown({ kept: true, code: { text: started.code, kind: 'start' } });
      setFocusNext('code');
      return { error: false, text: 'Your first code is ready. Nothing has been sent.' };
    });

  const shownFor = (step: Exclude<Pasted, { ok: false }>): Shown => {
    if (step.step === 'answered') {
      return { kept: true, code: { text: step.code, kind: 'reply' }, partnerEntries: step.partnerEntries };
    }
    const result = privateMutualItems(step.matches);
    if (step.step === 'finished') {
      const code = { text: step.code, kind: 'last' } as const;
      const odd = step.odd ? ODD_REPLY : undefined;
      return { kept: true, code, partnerEntries: step.partnerEntries, result, odd, held: step.odd };
    }
    return { kept: false, result, odd: step.odd ? ODD_CODES : undefined };
  };

  /** Runs the step `text` is for; a refusal changes nothing on screen or in storage. */
  const applied = async (text: string): Promise<Feedback | undefined> => {
    const at = cancels.current;
    const step = await pasteCode(list, text);
    if (cancelledSince(at)) return lastEnding.current;
    if (!step.ok) {
      if (!step.oldShare) return { error: true, text: step.error };
      setPasted('');
      onOldShare(text);
      return undefined;
    }
    setShown(shownFor(step));
    setPasted('');
    setFocusNext(step.step === 'answered' ? 'code' : 'result');
    // The warning is read out with the code too; the status line points to it as the step ends.
    const readWarning =
      step.step !== 'learned' && warnedAbout(step.partnerEntries) ? ' Read the warning before you send anything.' : '';
    if (step.step !== 'answered') return { error: false, text: `Compared. Nothing has been saved.${readWarning}` };
    const ready = step.again ? EXCHANGE_MESSAGES.answeredAgain : 'Your reply is ready. Nothing has been sent.';
    return { error: false, text: `${ready}${readWarning}` };
  };
  // One step at a time: a second press while one runs does nothing (the buttons stay focusable).
  const runStep = (task: () => Promise<Feedback | undefined>) => (busy ? undefined : void run(task, 'Working…'));

  const openFile = (file: File) =>
    runStep(async () => {
      const read = await readTextFile(file);
      return read.ok ? applied(read.text) : { error: true, text: read.error };
    });

  // Once the last code is made, nothing is left to cancel: the person forgets the code kept to resend.
  const finished = shown.code?.kind === 'last';
  // Not one step among others: it works while a step computes.
  const cancel = () => {
    cancels.current += 1;
    endingHere.current = true;
    const said = finished ? FORGOTTEN : CANCELLED;
    lastEnding.current = said;
    void run(async () => {
      await cancelExchange();
      setShown({ kept: false });
      setFocusNext('start');
      return said;
    });
  };

  const save = () =>
    runStep(async () => {
      if (!shown.result) return undefined;
      await onSave(shown.result);
      setShown((now) => ({ ...now, result: undefined }));
      return { error: false, text: RESULT_SAVED };
    });

  const clear = () =>
    runStep(async () => {
      setShown((now) => ({ ...now, result: undefined }));
      setFocusNext(shown.code ? 'code' : 'start');
      return { error: false, text: RESULT_CLEARED };
    });

  const showHeldBack = () => {
    setShown((now) => ({ ...now, held: false }));
    setFocusNext('code');
  };

  return (
    <div class="compare-privately" ref={area} aria-busy={busy}>
      <PrivateExplanation />
      <div class="row actions">
        <button type="button" ref={startButton} onClick={start}>
          Start
        </button>
        {shown.kept && (
          <button type="button" onClick={cancel}>
            {finished ? 'Forget this comparison' : 'Cancel comparison'}
          </button>
        )}
      </div>
      <p class="hint">
        {finished
          ? 'Once your partner has your last code, you can forget it here. Tend cannot show it again after that.'
          : 'Send your first code to one person only.'}
        {finished && shown.result && ' The result on screen goes too: save it first if you want to keep it.'}
      </p>
      {shown.result && (
        <ComparisonResult
          id={`${ids}-result`}
          level={4}
          headingRef={resultHeading}
          items={shown.result}
          onSave={save}
          onClear={clear}
        >
          {/* The starter's warning goes with the last code instead, where it is read before sending. */}
          {shown.odd && !shown.code && <p class="kept">{shown.odd}</p>}
        </ComparisonResult>
      )}
      {shown.code && (
        <CodeToSend
          code={shown.code.text}
          kind={shown.code.kind}
          partnerEntries={shown.partnerEntries}
          held={shown.held}
          odd={shown.odd}
          onShow={showHeldBack}
          onForget={cancel}
        />
      )}
      <PasteCode
        id={ids}
        label="Paste your partner’s code"
        submit="Use this code"
        fileLabel="Or open a file"
        accept=".txt,text/plain"
        value={pasted}
        messageId={`${ids}-message`}
        invalid={feedback?.error ?? false}
        onInput={setPasted}
        onSubmit={() => runStep(() => applied(pasted))}
        onFile={openFile}
      />
      <FormMessage id={`${ids}-message`} feedback={feedback} />
    </div>
  );
}
