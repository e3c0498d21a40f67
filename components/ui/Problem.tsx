import { useId } from 'preact/hooks';
import { type ErrorWords, errorWords } from '@/lib/error-words';

interface ProblemProps {
  error: unknown;
  /** The name of the part that failed, as its heading. */
  title?: string;
  /** The words for an error Tend has none of its own for. */
  otherwise?: ErrorWords;
  /** Offered as "Try again" when trying again may help. */
  onRetry?(): void;
}

/** In place of a part of a view that failed: what went wrong, in words, and what to do next. */
export function Problem({ error, title, otherwise, onRetry }: ProblemProps) {
  const { what, next } = errorWords(error, otherwise);
  const id = useId();
  return (
    <div class="panel problem" role="alert" aria-labelledby={id}>
      {title && <h2>{title}</h2>}
      <p class="error" id={id}>
        {what}
      </p>
      <p>{next}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
