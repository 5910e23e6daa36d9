/**
 * A deterministic measure of the parser's work, for tests that must not time it (speed is
 * measured by `npm run bench` only): the number of regular expression executions a call
 * makes. Every `replace`, `match`, `split`, `test` and `exec` with a regular expression
 * goes through `RegExp.prototype.exec` once it is replaced, so the count grows with each
 * line, match and token the parser reads, and a pass that rereads the text per line shows
 * up as work that grows faster than the text.
 */
export function countRegexWork<T>(run: () => T): { result: T; executions: number } {
  const original = RegExp.prototype.exec;
  let executions = 0;
  RegExp.prototype.exec = function countedExec(this: RegExp, input: string): RegExpExecArray | null {
    executions += 1;
    return original.call(this, input);
  };
  try {
    const result = run();
    return { result, executions };
  } finally {
    RegExp.prototype.exec = original;
  }
}
