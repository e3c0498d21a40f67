import { useId } from 'preact/hooks';
import { emergencySigns, emergencySignsTitle } from '@/content/emergency-signs';
import { findSource } from '@/content/find-source';
import { helpLines } from '@/content/help-lines';
import type { HelpLine } from '@/content/types';
import { telHref } from './tel';

/** The numbers shown under the signs until the user's region chooses them. */
export const emergencyNumbers: readonly HelpLine[] = helpLines.filter((line) => line.emergency);

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
      <p>Emergency numbers:</p>
      <ul class="emergency-numbers">
        {numbers.map(
          (line) =>
            line.phone && (
              <li key={line.id}>
                <a href={telHref(line.phone)}>{line.phone}</a> <span class="region">{line.region}</span>
              </li>
            ),
        )}
      </ul>
      <p class="source">Sources: {sourceNames.join('; ')}</p>
    </section>
  );
}
