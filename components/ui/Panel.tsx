import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** One screen's panel: a section named by its heading, the frame every settings and tool screen shares. */
export function Panel({ title, children }: { title: ComponentChildren; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
