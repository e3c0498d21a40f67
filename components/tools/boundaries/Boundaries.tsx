import { useEffect, useId, useState } from 'preact/hooks';
import { useDraft } from '@/components/hooks/use-draft';
import { Problem } from '@/components/ui/Problem';
import { SaveStatus } from '@/components/ui/SaveStatus';
import { downloadJson } from '@/lib/data/download';
import { localDate } from '@/lib/dates';
import { listFile } from '@/lib/tools/boundary-share';
import { BoundariesCompare } from './BoundariesCompare';
import { BoundariesList } from './BoundariesList';
import { OneAtATime, type Place } from './OneAtATime';

/** Moves focus to a heading on this tab (the address's hash already names the tab, so no #anchors). */
const jumpTo = (id: string) => document.getElementById(id)?.focus();

/** The boundaries tab: the user's yes / maybe / no list, then comparing it with a partner's. */
export function Boundaries() {
  const draft = useDraft('boundaries');
  const ids = useId();
  const [oneAtATime, setOneAtATime] = useState(false);
  const [place, setPlace] = useState<Place>({ onlyUnanswered: false });
  // Paper gets the whole list: printing from one item at a time shows it all first, then comes back.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    print();
    setPrinting(false);
  }, [printing]);
  const list = draft.value;
  if (!list) return draft.error ? <Problem title="Your boundaries" error={draft.error} /> : null;
  const kept = list.unconfirmed.length;

  return (
    <>
      <section class="panel boundaries" aria-labelledby={`${ids}-list`}>
        <h2 id={`${ids}-list`} tabIndex={-1}>
          Your boundaries
        </h2>
        <p class="hint">
          What you would like to try, what you might consider, and what you do not want. It is not a contract: change it
          whenever you like, and a yes here still needs a yes in the moment. It is saved on this device as you go.
        </p>
        <div class="row actions no-print">
          <button type="button" class="link" onClick={() => jumpTo(`${ids}-compare`)}>
            Skip to comparing with a partner
          </button>
        </div>
        <div class="row actions no-print">
          <button type="button" onClick={() => (oneAtATime ? setPrinting(true) : print())}>
            Print
          </button>
          <button type="button" onClick={() => downloadJson(`list-${localDate()}.json`, listFile(list, new Date()))}>
            Save list as a file
          </button>
        </div>
        <p class="hint no-print">
          The file and a printout hold your whole list, “No” answers and notes included, unprotected. Keep them
          somewhere private; downloads also show in the browser’s download list.
        </p>
        {kept > 0 && (
          <p class="kept no-print">
            {kept === 1 ? '1 answer is' : `${kept} answers are`} marked “Not confirmed yet”. Some items now ask which
            way round: what you do to a partner, and what they do to you. Your earlier answer was kept for both ways. It
            is not shared or compared until you confirm it or choose again.
          </p>
        )}
        <div class="row actions no-print">
          <button type="button" aria-pressed={oneAtATime} onClick={() => setOneAtATime(!oneAtATime)}>
            One item at a time
          </button>
        </div>
        {oneAtATime && !printing ? (
          <OneAtATime list={list} onChange={draft.change} place={place} onPlace={setPlace} />
        ) : (
          <BoundariesList list={list} onChange={draft.change} />
        )}
        <SaveStatus draft={draft} />
      </section>
      <section class="panel compare no-print" aria-labelledby={`${ids}-compare`}>
        <h2 id={`${ids}-compare`} tabIndex={-1}>
          Compare with a partner
        </h2>
        <BoundariesCompare list={list} />
        <button type="button" class="link" onClick={() => jumpTo(`${ids}-list`)}>
          Back to your list
        </button>
      </section>
    </>
  );
}
