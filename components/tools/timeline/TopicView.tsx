import { useId } from 'preact/hooks';
import type { RegionId } from '@/content/regions';
import type { TimeTopic } from '@/content/time-windows';
import type { Start } from '@/lib/timeline/when';
import { SaidLine } from './SaidLine';
import { WindowView } from './WindowView';

interface TopicViewProps {
  topic: TimeTopic;
  region: RegionId;
  start: Start | undefined;
  now: number;
  zone: string;
  emergency: string;
}

/** One kind of help: what it is, then each of its windows where the user is. */
export function TopicView({ topic, emergency, ...rest }: TopicViewProps) {
  const titleId = useId();
  return (
    <section class="time-topic" aria-labelledby={titleId}>
      <h3 id={titleId}>{topic.title}</h3>
      {topic.about.map((said) => (
        <SaidLine key={said.text} said={said} emergency={emergency} />
      ))}
      {topic.windows.map((window) => (
        <WindowView key={window.id} window={window} emergency={emergency} {...rest} />
      ))}
    </section>
  );
}
