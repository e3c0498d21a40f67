/** One line of a printout: what it is, then what the user wrote or chose, in words. */
export type PrintRow = readonly [label: string, value: string];

interface PrintoutProps {
  /** A heading over the rows (an `h3`), where the rows are one part of what prints. */
  title?: string;
  rows: readonly PrintRow[];
}

/**
 * A tool's content as it prints, where a form's boxes print nothing: each row's label above its
 * value, rows with an empty value left out, a long note whole with its line breaks. Shown only on
 * paper (hidden on screen and from screen readers, where the form itself is), so the form it
 * stands for goes in a `no-print` wrapper beside it.
 *
 *   <Printout title="First-aid kit" rows={[['Ice or a cold pack', 'Ready']]} />
 */
export function Printout({ title, rows }: PrintoutProps) {
  const filled = rows.filter(([, value]) => value.trim());
  return (
    <div class="print-only printout">
      {title && <h3>{title}</h3>}
      <dl>
        {filled.map(([label, value], index) => (
          // Labels can repeat (two check-ins at one time are two rows): the place names the row.
          <div key={index}>
            <dt>{label}</dt>
            <dd class="note-text">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
