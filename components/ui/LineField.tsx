import type { ComponentChildren, ComponentProps } from 'preact';
import { SHORT_MAX } from '@/lib/safe-call/safe-call';
import { TextInput } from './PrivateText';

type LineFieldProps = Omit<ComponentProps<typeof TextInput>, 'id' | 'value' | 'onInput' | 'children'> & {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** Shown under the box: a message about what was typed. */
  children?: ComponentChildren;
};

/** One labelled single-line box, short unless told otherwise. */
export function LineField({ id, label, value, onInput, children, maxLength = SHORT_MAX, ...input }: LineFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <TextInput
        {...input}
        id={id}
        maxLength={maxLength}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {children}
    </div>
  );
}
