/**
 * The code a person is to send next in a private comparison, with what they should know first:
 * how many entries the partner's code held, and a warning when that could be the whole list. Both
 * are read out with the code (aria-describedby), since focus goes straight to it. After an odd
 * reply the last code is held back until the person asks for it.
 */
import { useId } from 'preact/hooks';
import { boundaryCategories } from '@/content/boundary-items';
import { downloadText } from '@/lib/data/download';
import { localDate } from '@/lib/dates';
import { couldHoldEverything } from '@/lib/psi/entries';
import { CodeToCopy } from './CodeFields';

/** Over this many characters a code is offered as a file too: some chat apps cut long messages. */
export const LONG_CODE_CHARS = 6000;

export type CodeKind = 'start' | 'reply' | 'last';

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

/** The last code's hint when the partner's code could hold everything: sending it is a choice. */
const LAST_HINT_WARNED =
  'Send it only if you are happy for your partner to see the result. Without it they see nothing.';

const LONG_HINT =
  ' This code is long. Some chat apps cut long messages, so sending it as a file is safer. The file stays in your downloads until you delete it.';

const entriesLine = (count: number) =>
  `Your partner’s code holds ${count} ${count === 1 ? 'entry' : 'entries'} (each Maybe is one entry, each Yes is two).`;

const EVERYTHING_WARNING =
  'Your partner’s code holds enough entries to cover the whole list. They may have marked everything. If so, once you send your code they will know all your Yes and Maybe answers. You can stop here and cancel.';

const HELD_BACK =
  'Tend has held back your last code. Your partner needs it to see the result. If the reply was made to learn more, sending it could show them every item you marked Yes, not only what you have in common. You don’t have to send it.';

/** Whether a partner's code held enough entries to be the whole list (see couldHoldEverything). */
export const warnedAbout = (partnerEntries: number | undefined) =>
  partnerEntries !== undefined && couldHoldEverything(partnerEntries, boundaryCategories);

export function CodeToSend(props: {
  code: string;
  kind: CodeKind;
  /** How many entries the partner's code held, when this code answers one. */
  partnerEntries?: number;
  /** The code is held back after an odd reply: offered only on request. */
  held?: boolean;
  /** What is odd about the partner's reply, said with the last code whether held or shown. */
  odd?: string;
  onShow: () => void;
  onForget: () => void;
}) {
  const { code, kind, partnerEntries, held, odd } = props;
  const ids = useId();
  const warned = warnedAbout(partnerEntries);
  const long = code.length > LONG_CODE_CHARS;
  const hint = kind === 'last' && (warned || odd) ? LAST_HINT_WARNED : CODE_LABELS[kind].hint;
  const describedBy = [
    partnerEntries !== undefined && `${ids}-count`,
    warned && `${ids}-warning`,
    odd && `${ids}-odd`,
    `${ids}-hint`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="code-to-send">
      {partnerEntries !== undefined && <p id={`${ids}-count`}>{entriesLine(partnerEntries)}</p>}
      {warned && (
        <p id={`${ids}-warning`} class="kept">
          {EVERYTHING_WARNING}
        </p>
      )}
      {odd && (
        <p id={`${ids}-odd`} class="kept">
          {odd}
        </p>
      )}
      {held ? (
        <>
          <p id={`${ids}-held`} class="kept">
            {HELD_BACK}
          </p>
          <div class="row actions">
            <button type="button" aria-describedby={`${ids}-held`} onClick={props.onShow}>
              Show my last code anyway
            </button>
            <button type="button" aria-describedby={`${ids}-held`} onClick={props.onForget}>
              Don’t send it: forget this comparison
            </button>
          </div>
        </>
      ) : (
        <>
          <p id={`${ids}-hint`} class="hint">
            {hint}
            {long && LONG_HINT}
          </p>
          <CodeToCopy
            id={`${ids}-code`}
            label={CODE_LABELS[kind].label}
            code={code}
            describedBy={describedBy}
            copied="Code copied. Paste it into a message to your partner."
          >
            {long && (
              <button type="button" onClick={() => downloadText(`code-${localDate()}.txt`, code, 'text/plain')}>
                Save as a file
              </button>
            )}
          </CodeToCopy>
        </>
      )}
    </div>
  );
}
