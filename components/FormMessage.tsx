export interface Feedback {
  error: boolean;
  text: string;
}

/** The line under a form field: a refusal is announced as an alert, a confirmation as a status. */
export function FormMessage({ id, feedback }: { id: string; feedback?: Feedback }) {
  return (
    <p id={id} class={feedback?.error ? 'error' : 'saved'} role={feedback?.error ? 'alert' : 'status'}>
      {feedback?.text}
    </p>
  );
}
