import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { useStored } from '@/components/hooks/use-stored';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { lazy } from '@/components/ui/lazy';
import { downloadJson, readTextFile } from '@/lib/data/download';
import { dateTimeOf, localDate } from '@/lib/dates';
import { type BoundaryList, type MutualItem, mutualItems, shareContent } from '@/lib/tools/boundaries';
import { decodeShare, encodeShareCode, shareFile } from '@/lib/tools/boundary-share';
import { CodeToCopy, PasteCode } from './CodeFields';
import { ComparisonResult, MutualList, RESULT_CLEARED, RESULT_SAVED } from './MutualItems';

// The curve code loads only when the person opens "Compare in private".
const ComparePrivately = lazy(() => import('./ComparePrivately').then((m) => m.ComparePrivately));

/** Said when a whole-list share code is pasted where a private code was expected. */
const OLDER_KIND =
  'This is an older kind of code. Anyone who reads it can see every Yes and Maybe on that list, not only what you have in common.';

/** Your share code and file: only your yes and maybe answers. */
function YourShare({ list }: { list: BoundaryList }) {
  const ids = useId();
  const content = shareContent(list);
  const code = encodeShareCode(content);
  const count = Object.keys(content.items).length + content.custom.length;
  const answers = count === 1 ? 'answer' : 'answers';

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>1. Give your partner your share code</h3>
      <p id={`${ids}-count`}>
        {count === 0
          ? 'Your code is empty until you mark some items Yes or Maybe.'
          : `It holds the ${count} ${answers} you marked Yes or Maybe, and nothing else.`}
      </p>
      <CodeToCopy
        id={`${ids}-code`}
        label="Your share code"
        code={code}
        describedBy={`${ids}-count`}
        copied="Share code copied. Paste it into a message to your partner."
      >
        <button type="button" onClick={() => downloadJson(`share-${localDate()}.json`, shareFile(shareContent(list)))}>
          Save share file
        </button>
      </CodeToCopy>
    </section>
  );
}

/**
 * Compares the user's list with a partner's share, on this device only. The partner's code is
 * read, matched and dropped: only the mutual items stay in memory, and on disk only if saved.
 */
export function BoundariesCompare({ list }: { list: BoundaryList }) {
  const ids = useId();
  const saved = useStored('boundaryComparison');
  const [code, setCode] = useState('');
  const [result, setResult] = useState<MutualItem[]>();
  // Saving, forgetting and reading a file either work or change nothing; the rest only says.
  const { feedback, say, run } = useOperation({ unchanged: true });
  // Saving and forgetting take away the button pressed: focus goes on to what changed, not to the
  // top of the page. A layout effect, so focus has moved before the page's focus rescue looks.
  const [focusNext, setFocusNext] = useState<'saved' | 'theirs' | 'result'>();
  const [privately, setPrivately] = useState(false);
  const savedHeading = useRef<HTMLHeadingElement>(null);
  const theirsHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    const heading =
      focusNext && { saved: savedHeading, theirs: theirsHeading, result: resultHeading }[focusNext].current;
    if (!heading) return;
    heading.focus();
    setFocusNext(undefined);
  });

  /** Compares with a partner's code; says what came of it, as the outcome of a run or at once. */
  const compared = (text: string, label = ''): Feedback => {
    const decoded = decodeShare(text);
    if (!decoded.ok) return { error: true, text: decoded.error };
    const items = mutualItems(shareContent(list), decoded.share);
    setResult(items);
    setCode('');
    const older =
      decoded.version === 1
        ? ' Their code is from an older Tend and does not say which way round: where that matters, it is marked.'
        : '';
    return {
      error: false,
      text: `${label}Compared. ${items.length} ${items.length === 1 ? 'item' : 'items'} in common.${older} Nothing has been saved.`,
    };
  };
  const compare = (text: string) => say(compared(text));

  const openFile = (file: File) => {
    void run(async () => {
      const read = await readTextFile(file);
      return read.ok ? compared(read.text) : { error: true, text: read.error };
    });
  };

  /** Keeps a result, plain or private, in place of any kept before; focus then goes to it. */
  const keep = async (items: MutualItem[]) => {
    await saved.save({ savedAt: Date.now(), items });
    setFocusNext('saved');
  };

  const save = () =>
    run(async () => {
      if (!result) return undefined;
      await keep(result);
      setResult(undefined);
      return { error: false, text: RESULT_SAVED };
    });

  const clear = () => {
    setResult(undefined);
    say({ error: false, text: RESULT_CLEARED });
  };

  const forget = () =>
    run(async () => {
      await saved.save(null);
      setFocusNext('theirs');
      return { error: false, text: 'Saved result forgotten.' };
    });

  const comparedOlder = (text: string) => {
    const outcome = compared(text, `${OLDER_KIND} `);
    say(outcome);
    if (!outcome.error) setFocusNext('result');
  };

  return (
    <>
      <section aria-labelledby={`${ids}-private`}>
        <h3 id={`${ids}-private`}>Compare in private</h3>
        <p class="hint">Each of you sees only what you both marked, not the rest of each other’s lists.</p>
        <button type="button" aria-expanded={privately} onClick={() => setPrivately(!privately)}>
          Private comparison
        </button>
        {privately && <ComparePrivately list={list} onOldShare={comparedOlder} onSave={keep} />}
      </section>
      <div class="explain">
        <h3>Or share your whole list</h3>
        <ul>
          <li>
            This way is simpler, but it shares more. Your share code and share file hold every item you marked{' '}
            <strong>Yes</strong> or <strong>Maybe</strong>. Anyone who reads them, your partner or anyone who sees the
            message, can see all of those answers, not only what you have in common.
          </li>
          <li>
            Your “No” answers, items you have not answered, your notes, your “curious” marks and answers not confirmed
            yet are never in them. Theirs work the same way.
          </li>
          <li>
            Where an item asks which way round, your “I do it to them” is matched with their “They do it to me”, and the
            other way.
          </li>
          <li>
            On screen, Tend shows only the items you <strong>both</strong> marked Yes or Maybe.
          </li>
          <li>
            Nothing is sent anywhere: you pass the code or file to each other yourselves. Tend forgets your partner’s
            code when you leave this page, unless you choose to save the result.
          </li>
        </ul>
      </div>
      <YourShare list={list} />
      <section aria-labelledby={`${ids}-theirs`}>
        <h3 id={`${ids}-theirs`} ref={theirsHeading} tabIndex={-1}>
          2. Compare with your partner’s code
        </h3>
        <PasteCode
          id={ids}
          label="Your partner’s share code"
          submit="Compare"
          fileLabel="Or open their share file"
          accept=".json,application/json"
          value={code}
          messageId={`${ids}-message`}
          invalid={feedback?.error ?? false}
          onInput={setCode}
          onSubmit={() => compare(code)}
          onFile={openFile}
        />
        <FormMessage id={`${ids}-message`} feedback={feedback} />
      </section>
      {result && (
        <ComparisonResult
          id={`${ids}-result`}
          level={3}
          headingRef={resultHeading}
          items={result}
          onSave={() => void save()}
          onClear={clear}
        />
      )}
      {saved.value && (
        <section class="result" aria-labelledby={`${ids}-saved`}>
          <h3 id={`${ids}-saved`} ref={savedHeading} tabIndex={-1}>
            Saved comparison
          </h3>
          <p class="hint">Saved {dateTimeOf(saved.value.savedAt)}. Only what you both marked Yes or Maybe was kept.</p>
          <MutualList items={saved.value.items} />
          <div class="row actions">
            <button type="button" onClick={() => void forget()}>
              Forget saved result
            </button>
          </div>
        </section>
      )}
    </>
  );
}
