/**
 * Comparing lists in private (issue 24): three codes the two people pass to each other, and each
 * sees only what they both marked. Loaded only when the person opens it, so the curve code is not
 * part of the boundaries list. The steps and their refusals are lib/psi/exchange.ts's; this view
 * shows them.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { boundaryCategories } from '@/content/boundary-items';
import { downloadText, readTextFile } from '@/lib/data/download';
import { localDate } from '@/lib/dates';
import { couldHoldEverything } from '@/lib/psi/entries';
import {
  cancelExchange,
  EXCHANGE_MESSAGES,
  openExchange,
  type Pasted,
  pasteCode,
  startExchange,
} from '@/lib/psi/exchange';
import { privateMutualItems } from '@/lib/psi/result';
import type { BoundaryList, MutualItem } from '@/lib/tools/boundaries';
import { CodeToCopy, PasteCode } from './CodeFields';
import { ComparisonResult, RESULT_CLEARED, RESULT_SAVED } from './MutualItems';
import { PrivateExplanation } from './PrivateExplanation';

/** Over this many characters a code is offered as a file too: some chat apps cut long messages. */
export const LONG_CODE_CHARS = 6000;

type CodeKind = 'start' | 'reply' | 'last';

interface Shown {
  /** The code this person is to send next. */
  code?: { text: string; kind: CodeKind };
  /** How many entries the partner's code held, when one was read in this view. */
  partnerEntries?: number;
  result?: MutualItem[];
  /** The partner's reply is not one Tend makes (see repliedOddly in lib/psi/protocol.ts). */
  odd?: boolean;
  /** Whether this device keeps a comparison, so Cancel is offered. */
  kept: boolean;
}

const CODE_LABELS: Record<CodeKind, { label: string; hint: string }> = {
  start: {
    label: 'Your first code',
    hint: 'Send it to your partner, and to no one else. Then paste their reply below.',
  },
  reply: {
    label: 'Your reply code',
    hint: 'Send it to your partner. They will see what you have in common, and send you one last code.',
  },
  last: {
    label: 'Your last code',
    hint: 'Send it to your partner, even if you have nothing in common: then they see the same result as you.',
  },
};

/** The code to send, with Save as a file when it is long; a warning goes above it, before it is sent. */
function CodeToSend({ code, kind, warning }: { code: string; kind: CodeKind; warning?: string }) {
  const ids = useId();
  const long = code.length > LONG_CODE_CHARS;
  return (
    <div class="code-to-send">
      {warning && <p class="kept">{warning}</p>}
      <p id={`${ids}-hint`} class="hint">
        {CODE_LABELS[kind].hint}
        {long && ' This code is long. Some chat apps cut long messages, so sending it as a file is safer.'}
      </p>
      <CodeToCopy
        id={`${ids}-code`}
        label={CODE_LABELS[kind].label}
        code={code}
        describedBy={`${ids}-hint`}
        copied="Code copied. Paste it into a message to your partner."
      >
        {long && (
          <button type="button" onClick={() => downloadText(`code-${localDate()}.txt`, code, 'text/plain')}>
            Save as a file
          </button>
        )}
      </CodeToCopy>
    </div>
  );
}

const entriesLine = (count: number) =>
  `Your partner’s code holds ${count} ${count === 1 ? 'entry' : 'entries'} (each Maybe is one entry, each Yes is two).`;

const EVERYTHING_WARNING =
  'Your partner’s code holds enough entries to cover the whole list. They may have marked everything. If so, once you send your code they will know all your Yes and Maybe answers. You can stop here and cancel.';

const ODD_REPLY =
  'Something is odd about your partner’s code: Tend does not make codes like it. Someone may be trying to learn more of your list than what you have in common. You do not have to send anything more.';

const HELD_BACK =
  'Tend has held back your last code because of this. Without it your partner does not see the result. Show it only if you trust the code came from your partner.';

/** The last code, kept out of sight after an odd reply until the person chooses to see it. */
function HeldBack({ onShow }: { onShow: () => void }) {
  return (
    <div class="code-to-send">
      <p class="kept">{HELD_BACK}</p>
      <button type="button" onClick={onShow}>
        Show my last code
      </button>
    </div>
  );
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
  const { busy, feedback, run } = useOperation({ unchanged: true });
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
      const kind = exchange.step === 'await-reply' ? 'start' : exchange.step === 'await-last' ? 'reply' : 'last';
      const odd = exchange.step === 'sent-last' && exchange.odd === true;
      setShown((now) => (now.code || now.result ? now : { kept: true, code: { text: exchange.code, kind }, odd }));
    });
  }, []);

  const start = () =>
    runStep(async () => {
      const started = await startExchange(list);
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
      return { kept: true, code, partnerEntries: step.partnerEntries, result, odd: step.odd };
    }
    return { kept: false, result, odd: step.odd };
  };

  /** Runs the step `text` is for; a refusal changes nothing on screen or in storage. */
  const applied = async (text: string): Promise<Feedback | undefined> => {
    const step = await pasteCode(list, text);
    if (!step.ok) {
      if (!step.oldShare) return { error: true, text: step.error };
      setPasted('');
      onOldShare(text);
      return undefined;
    }
    setShown(shownFor(step));
    setPasted('');
    setFocusNext(step.step === 'answered' ? 'code' : 'result');
    if (step.step !== 'answered') return { error: false, text: 'Compared. Nothing has been saved.' };
    return {
      error: false,
      text: step.again ? EXCHANGE_MESSAGES.answeredAgain : 'Your reply is ready. Nothing has been sent.',
    };
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
  const cancel = () =>
    runStep(async () => {
      await cancelExchange();
      setShown({ kept: false });
      setFocusNext('start');
      const text = finished
        ? 'Comparison forgotten. Tend no longer keeps its last code.'
        : 'Comparison cancelled. Its codes no longer work here.';
      return { error: false, text };
    });

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
    setShown((now) => ({ ...now, odd: false }));
    setFocusNext('code');
  };

  const warning =
    shown.partnerEntries !== undefined && couldHoldEverything(shown.partnerEntries, boundaryCategories)
      ? EVERYTHING_WARNING
      : undefined;

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
      <p class="hint">Send your first code to one person only.</p>
      {shown.partnerEntries !== undefined && <p>{entriesLine(shown.partnerEntries)}</p>}
      {shown.result && (
        <ComparisonResult
          id={`${ids}-result`}
          level={4}
          headingRef={resultHeading}
          items={shown.result}
          onSave={save}
          onClear={clear}
        >
          {shown.odd && <p class="kept">{ODD_REPLY}</p>}
        </ComparisonResult>
      )}
      {shown.code &&
        (shown.odd && finished ? (
          <HeldBack onShow={showHeldBack} />
        ) : (
          <CodeToSend code={shown.code.text} kind={shown.code.kind} warning={warning} />
        ))}
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
