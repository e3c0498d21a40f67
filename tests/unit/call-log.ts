/** Shared by tests about what is called when: each faked browser call, in order, as "name [args]". */
export function callLog() {
  const calls: string[] = [];
  /** A fake that records its call under `name` and resolves with `result`. */
  const record =
    (name: string, result: unknown) =>
    (...args: unknown[]) => {
      calls.push(`${name} ${JSON.stringify(args)}`);
      return Promise.resolve(result);
    };
  return { calls, record };
}
