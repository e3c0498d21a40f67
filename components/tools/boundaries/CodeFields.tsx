/** The two ends of passing a code between partners: a code to copy, and a box to paste one into. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { TextArea } from '@/components/ui/PrivateText';

/**
 * A code for the person to send: read-only, selected on focus, with Copy (and `children`, more
 * buttons). `id` is the text box's, for a label elsewhere to describe or focus it.
 */
export function CodeToCopy(props: {
  id: string;
  label: string;
  code: string;
  describedBy: string;
  copied: string;
  children?: ComponentChildren;
}) {
  const [feedback, setFeedback] = useState<Feedback>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.code);
      setFeedback({ error: false, text: props.copied });
    } catch {
      document.getElementById(props.id)?.focus();
      setFeedback({ error: true, text: 'Tend could not copy the code. It is selected: press Ctrl+C (⌘C on a Mac).' });
    }
  };
  return (
    <>
      <div class="field">
        <label for={props.id}>{props.label}</label>
        <TextArea
          id={props.id}
          class="share-code"
          readOnly
          rows={3}
          value={props.code}
          aria-describedby={props.describedBy}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div class="row actions">
        <button type="button" onClick={() => void copy()}>
          Copy code
        </button>
        {props.children}
      </div>
      <FormMessage id={`${props.id}-message`} feedback={feedback} />
    </>
  );
}

/**
 * A partner's code, pasted or opened from a file. `messageId` names the line that says what came
 * of it; `invalid` when that line is a refusal.
 */
export function PasteCode(props: {
  id: string;
  label: string;
  submit: string;
  fileLabel: string;
  accept: string;
  value: string;
  messageId: string;
  invalid: boolean;
  onInput: (value: string) => void;
  onSubmit: () => void;
  onFile: (file: File) => void;
}) {
  const openFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) props.onFile(file);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <div class="field">
        <label for={`${props.id}-code`}>{props.label}</label>
        <TextArea
          id={`${props.id}-code`}
          class="share-code"
          rows={3}
          value={props.value}
          aria-describedby={props.messageId}
          aria-invalid={props.invalid}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </div>
      <div class="row actions">
        <button type="submit">{props.submit}</button>
      </div>
      <div class="field">
        <label for={`${props.id}-file`}>{props.fileLabel}</label>
        <input
          id={`${props.id}-file`}
          type="file"
          accept={props.accept}
          onChange={(event) => openFile(event.currentTarget)}
        />
      </div>
    </form>
  );
}
