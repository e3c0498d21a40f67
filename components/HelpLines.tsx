import { useId } from 'preact/hooks';
import { type HelpLine, helpLines } from '@/content';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function Line({ line }: { line: HelpLine }) {
  return (
    <li>
      <strong>{line.organisation}</strong>
      {line.service !== line.organisation && <span> — {line.service}</span>}
      <span class="region"> ({line.region})</span>
      {line.phone && (
        <>
          {' '}
          <a href={telHref(line.phone)}>{line.phone}</a>
        </>
      )}
      {line.text && <span>. {line.text}</span>}
      {line.hours && <span>. {line.hours}</span>}
    </li>
  );
}

/** Help lines and emergency numbers, emergency first. */
export function HelpLines() {
  const emergency = helpLines.filter((line) => line.emergency);
  const support = helpLines.filter((line) => !line.emergency);
  const titleId = useId();
  return (
    <section class="help-lines" aria-labelledby={titleId}>
      <h3 id={titleId}>Help lines</h3>
      <p>In danger now? Call the emergency number where you are:</p>
      <ul>
        {emergency.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </ul>
      <p>To talk to someone, in confidence:</p>
      <ul>
        {support.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </ul>
    </section>
  );
}
