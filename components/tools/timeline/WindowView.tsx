import { useId } from 'preact/hooks';
import type { RegionId } from '@/content/regions';
import type { RegionWindow, TimeWindow } from '@/content/time-windows';
import { dayAndTime } from '@/lib/safe-call/local-time';
import { type Start, timeLeftWords, windowClock } from '@/lib/timeline/when';
import { SaidLine } from './SaidLine';

interface Clock {
  /** When it happened; undefined when the user is not sure (no countdown then). */
  start: Start | undefined;
  now: number;
  zone: string;
}

/** One window where the user is: its time left and when it ends, or its words where nothing is counted. */
export function WindowView({
  window,
  region,
  emergency,
  ...clock
}: Clock & { window: TimeWindow; region: RegionId; emergency: string }) {
  const titleId = useId();
  const here = window.regions[region];
  return (
    <section class="time-window" aria-labelledby={titleId}>
      <h4 id={titleId}>{window.name}</h4>
      {here.show === 'choose-nation' ? (
        <p>Times differ between the UK’s nations. Choose your part of the UK above to see this one.</p>
      ) : here.show === 'countdown' ? (
        <Countdown here={here} emergency={emergency} {...clock} />
      ) : (
        here.notes.map((said) => <SaidLine key={said.text} said={said} emergency={emergency} />)
      )}
    </section>
  );
}

function Countdown({
  here,
  emergency,
  start,
  now,
  zone,
}: Clock & { here: Extract<RegionWindow, { show: 'countdown' }>; emergency: string }) {
  const when = (instant: number) => `${dayAndTime(instant, zone)} (${zone})`;
  const clock = start && windowClock(start.at, here.hours, now);
  const best = start && here.best && windowClock(start.at, here.best.hours, now);
  return (
    <>
      {start && clock && (
        <div class="time-left">
          {clock.ended ? (
            <p>
              <strong>The usual time has passed.</strong>
              {start.about && ' Tend counted from the start of that day: if it happened later, some time may be left.'}
            </p>
          ) : (
            <p>
              <strong class="no-print">{timeLeftWords(clock, start.about)}.</strong> Ends
              {start.about ? ' at the earliest' : ''} {when(clock.ends)}.
            </p>
          )}
          {best && !best.ended && <p>Best before {when(best.ends)}.</p>}
        </div>
      )}
      <SaidLine said={here.ends} emergency={emergency} />
      {here.best && <SaidLine said={here.best.said} emergency={emergency} />}
      {here.notes.map((said) => (
        <SaidLine key={said.text} said={said} emergency={emergency} />
      ))}
      {clock?.ended && <SaidLine said={here.afterEnd} emergency={emergency} />}
    </>
  );
}
