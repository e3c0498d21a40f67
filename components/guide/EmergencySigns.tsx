import { useId } from 'preact/hooks';
import { useRegion } from '@/components/hooks/use-region';
import { telHref } from '@/components/ui/tel';
import { emergencySigns, emergencySignsTitle } from '@/content/emergency-signs';
import { findSource } from '@/content/find-source';
import { emergencyNumbersFor } from '@/content/regions';
import type { HelpLine } from '@/content/types';

interface EmergencySignsProps {
  /** Emergency numbers to show under the list. */
  numbers: readonly HelpLine[];
  /** The heading's level where it stands: 2 on its own, 3 inside a section. */
  level: 2 | 3;
}

/** "Call emergency services now if…": guide content, so shown even while Tend is locked. */
export function EmergencySigns({ numbers, level }: EmergencySignsProps) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const sourceNames = [...new Set(emergencySigns.map((sign) => findSource(sign.source)?.name ?? ''))].filter(Boolean);
  return (
    <section class="emergency" aria-labelledby={titleId}>
      <Heading id={titleId}>{emergencySignsTitle}</Heading>
      <ul>
        {emergencySigns.map((sign) => (
          <li key={sign.id}>{sign.text}</li>
        ))}
      </ul>
      {numbers.length > 0 && (
        <>
          <p>Emergency number:</p>
          <ul class="emergency-numbers">
            {numbers.map(
              (line) =>
                line.phone && (
                  <li key={line.id}>
                    <a href={telHref(line.phone)}>{line.phone}</a> {line.service}
                    {line.note && <div>{line.note}</div>}
                  </li>
                ),
            )}
          </ul>
        </>
      )}
      <p class="source">Sources: {sourceNames.join('; ')}</p>
    </section>
  );
}

/** The list with the emergency number of the user's region (a plain setting, readable while locked). */
export function EmergencySignsHere({ level }: { level: 2 | 3 }) {
  const { region, loaded } = useRegion();
  // Until the setting is read, no number rather than the device's guess changing under the reader.
  return <EmergencySigns numbers={loaded ? emergencyNumbersFor(region) : []} level={level} />;
}
