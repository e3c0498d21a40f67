import { useId } from 'preact/hooks';
import { useRegion } from '@/components/hooks/use-region';
import { RegionPicker } from '@/components/settings/RegionSetting';
import type { HelpLine } from '@/content';
import { type HelpGroup, helpGroups } from '@/content/regions';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A web address shown in full, opened in a new tab only when the user clicks it. */
function Visit({ label, url }: { label: string; url: string }) {
  return (
    <div>
      {label}:{' '}
      <a href={url} target="_blank" rel="noopener noreferrer">
        {url}
      </a>{' '}
      <span class="hint">This visit stays in your browser history</span>
    </div>
  );
}

function Line({ line }: { line: HelpLine }) {
  return (
    <li>
      <div>
        <strong>{line.organisation}</strong>
        {line.service !== line.organisation && <span> — {line.service}</span>}
        {line.phone && (
          <>
            {' '}
            <a href={telHref(line.phone)}>{line.phone}</a>
          </>
        )}
      </div>
      <div class="serves">For: {line.serves}</div>
      {line.text && <div>{line.text}</div>}
      {line.hours && <div>Open {line.hours}</div>}
      {line.note && <div>{line.note}</div>}
      {line.chat && <Visit label="Chat" url={line.chat} />}
      {line.web && <Visit label="Website" url={line.web} />}
    </li>
  );
}

const KINDS: readonly { kind: HelpLine['kind']; intro: string }[] = [
  { kind: 'emergency', intro: 'In danger now? Call:' },
  { kind: 'care', intro: 'Care without involving the police:' },
  { kind: 'support', intro: 'To talk to someone, in confidence:' },
];

function Lines({ group }: { group: HelpGroup }) {
  return (
    <>
      {KINDS.map(({ kind, intro }) => {
        const lines = group.lines.filter((line) => line.kind === kind);
        if (lines.length === 0) return null;
        return (
          <div key={kind}>
            <p>{intro}</p>
            <ul>
              {lines.map((line) => (
                <Line key={line.id} line={line} />
              ))}
            </ul>
          </div>
        );
      })}
      {group.region === 'other' && (
        <p>
          To find a rape crisis centre or a sexual health clinic near you, search for those words with the name of your
          town, or ask a doctor or a hospital.
        </p>
      )}
    </>
  );
}

function OwnGroup({ group }: { group: HelpGroup }) {
  const titleId = useId();
  return (
    <section class="help-place" aria-labelledby={titleId}>
      <h4 id={titleId}>{group.title}</h4>
      <Lines group={group} />
    </section>
  );
}

/** Help lines: the user's region first, every other region one click away; `picker` false where the page has its own. */
export function HelpLines({ picker = true }: { picker?: boolean }) {
  const { region } = useRegion();
  const titleId = useId();
  const { mine, others } = helpGroups(region);
  return (
    <section class="help-lines" aria-labelledby={titleId}>
      <h3 id={titleId}>Help lines</h3>
      {picker && <RegionPicker />}
      {mine.map((group) => (
        <OwnGroup key={group.region} group={group} />
      ))}
      <h4>Other places</h4>
      {others.map((group) => (
        <details key={group.region} class="help-place">
          <summary>{group.title}</summary>
          <Lines group={group} />
        </details>
      ))}
    </section>
  );
}
