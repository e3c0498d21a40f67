export interface Feedback {
  error: boolean;
  text: string;
}

/**
 * The line under a form field. Two live regions wait on the page from the start, so screen readers
 * hear each change: a refusal in the alert, a confirmation in the status. The `id` names both, for
 * `aria-describedby`.
 */
export function FormMessage({ id, feedback }: { id: string; feedback?: Feedback }) {
  return (
    <div id={id} class="form-message">
      <p class="saved" role="status">
        {feedback?.error === false ? feedback.text : ''}
      </p>
      <p class="error" role="alert">
        {feedback?.error ? feedback.text : ''}
      </p>
    </div>
  );
}
