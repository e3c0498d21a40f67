import type { ComponentProps } from 'preact';

/**
 * Every box a person types in, in all of Tend's views, is one of these two. What they type stays
 * on the device: spell check is off (Chrome's enhanced spell check sends typed text to a server),
 * the browser keeps no autofill memory of it, and nothing autocapitalises or autocorrects it. A
 * passphrase box keeps its password-manager hint instead of "off". `tests/unit/private-text.test.ts`
 * finds any text box rendered elsewhere.
 */
// `autoCorrect` in this case on purpose: Chrome now has a boolean `autocorrect` property, which
// would turn "off" into true; as an unknown name, Preact writes it as the attribute autocorrect="off".
const STAYS_HERE = { spellcheck: false, autocapitalize: 'off', autoCorrect: 'off' } as const;

type Private = 'spellcheck' | 'autocapitalize' | 'autocorrect' | 'autoCorrect' | 'autocomplete' | 'autoComplete';

type TextInputProps = Omit<ComponentProps<'input'>, Private> & {
  /** Only for passphrases: what password managers read. Every other box remembers nothing. */
  passphrase?: 'current-password' | 'new-password';
};

export function TextInput({ passphrase, ...props }: TextInputProps) {
  // Preact types an input's attributes as a union keyed by `type`; the spread loses the key.
  const attributes = {
    type: 'text',
    ...props,
    ...STAYS_HERE,
    autocomplete: passphrase ?? 'off',
  } as ComponentProps<'input'>;
  return <input {...attributes} />;
}

export function TextArea(props: Omit<ComponentProps<'textarea'>, Private>) {
  return <textarea {...props} {...STAYS_HERE} autocomplete="off" />;
}
