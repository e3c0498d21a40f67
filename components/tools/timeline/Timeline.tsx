import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { EmergencySignsHere } from '@/components/guide/EmergencySigns';
import { HelpLines } from '@/components/guide/HelpLines';
import { useOperation } from '@/components/hooks/use-operation';
import { useRegion } from '@/components/hooks/use-region';
import { LockGate } from '@/components/lock/LockGate';
import { RegionPicker } from '@/components/settings/RegionSetting';
import { FormMessage } from '@/components/ui/FormMessage';
import { Panel } from '@/components/ui/Panel';
import { PrintButton } from '@/components/ui/PrintButton';
import { emergencyNumbersFor, type RegionId } from '@/content/regions';
import { timelineWords, timeTopics } from '@/content/time-windows';
import { dayAndTime, localZone } from '@/lib/safe-call/local-time';
import { type Start, startOf, type WhenChoice } from '@/lib/timeline/when';
import { SavedTimeline } from './SavedTimeline';
import { TopicView } from './TopicView';
import { WhenForm } from './WhenForm';

/** How a sentence names the emergency number: the region's, or words where Tend has none to give. */
function emergencyWords(region: RegionId): string {
  const phones = emergencyNumbersFor(region).flatMap((line) => (line.phone ? [line.phone] : []));
  return region === 'other' || phones.length === 0 ? 'the emergency number where you are' : phones.join(' or ');
}

/** The time now, again every half minute, so the time left stays true while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * "After something went wrong": the windows that close, counted down from when it happened, for
 * the user's region. Nothing typed here is kept unless the user saves it (then sealed by the lock).
 */
export function Timeline() {
  const ids = useId();
  const { region } = useRegion();
  const zone = localZone();
  const now = useNow();
  const [kind, setKind] = useState<WhenChoice['kind']>();
  const [local, setLocal] = useState('');
  /** What is shown: undefined before the user answers; `start` undefined when they are not sure. */
  const [shown, setShown] = useState<{ start: Start | undefined }>();
  const { feedback, say } = useOperation({ unchanged: true });
  const results = useRef<HTMLHeadingElement>(null);
  const [focusResults, setFocusResults] = useState(false);
  useLayoutEffect(() => {
    if (!focusResults) return;
    results.current?.focus();
    setFocusResults(false);
  });

  const show = (start: Start | undefined) => {
    setShown({ start });
    setFocusResults(true);
  };

  const submit = () => {
    if (!kind) return say({ error: true, text: 'Choose roughly when it happened, or “I am not sure”.' });
    const result = startOf(kind === 'at' ? { kind, local } : { kind }, Date.now(), zone);
    if (result.ok) {
      show(result.start);
      return say({ error: false, text: 'Showing the time left. Nothing has been saved.' });
    }
    if ('unsure' in result) {
      show(undefined);
      return say({ error: false, text: 'No countdown: go as soon as you can. Nothing has been saved.' });
    }
    say({ error: true, text: result.error });
  };

  const emergency = emergencyWords(region);
  return (
    <Panel title="After something went wrong">
      <p>{timelineWords.intro}</p>
      <EmergencySignsHere level={3} />
      <div class="no-print">
        <RegionPicker />
      </div>
      <WhenForm
        kind={kind}
        local={local}
        messageId={`${ids}-message`}
        invalid={feedback?.error ?? false}
        onKind={setKind}
        onLocal={setLocal}
        onSubmit={submit}
      />
      <FormMessage id={`${ids}-message`} feedback={feedback} />
      {shown && (
        <section class="timeline" aria-labelledby={`${ids}-results`}>
          <h3 id={`${ids}-results`} ref={results} tabIndex={-1}>
            {shown.start ? 'The time left' : 'Go as soon as you can'}
          </h3>
          <p>
            {shown.start
              ? `Counted from ${shown.start.about ? 'the start of ' : ''}${dayAndTime(shown.start.at, zone)} (${zone}).`
              : 'Without a time, Tend shows no countdown. Here is what each kind of help needs.'}
          </p>
          {timeTopics.map((topic) => (
            <TopicView
              key={topic.id}
              topic={topic}
              region={region}
              start={shown.start}
              now={now}
              zone={zone}
              emergency={emergency}
            />
          ))}
          <p class="print-only">
            Printed {dayAndTime(now, zone)} ({zone}). On paper, each time is when that kind of help usually ends.
          </p>
        </section>
      )}
      {shown && (
        // In the panel, not the results: on paper the emergency signs and what Tend cannot do come too.
        <div class="row actions no-print">
          <PrintButton detail="the timeline" />
        </div>
      )}
      <p>{timelineWords.cannot}</p>
      <p>{timelineWords.closing}</p>
      <section class="no-print" aria-labelledby={`${ids}-keep`}>
        <h3 id={`${ids}-keep`}>Keep this timeline</h3>
        <LockGate>
          {/* A saved timeline shows as the page opens, without taking focus from where the reader is. */}
          <SavedTimeline start={shown?.start} region={region} onOpen={(start) => setShown({ start })} />
        </LockGate>
      </section>
      <div class="no-print">
        <HelpLines picker={false} />
      </div>
    </Panel>
  );
}
