export { htmlToText } from './html-to-text';

/** Lines made only of table rules: markdown `|---|---|`, text-table `-----\t----`, `***`. */
const RULE_LINE = /^[\s|:+=_*-]*[-=_*]{3,}[\s|:+=_*-]*$/;

/**
 * Strips markdown: heading marks, bold and italic markers, table pipes and rules; list
 * markers become bullets.
 */
export function markdownToText(line: string): string {
  // Plain prose has none of markdown's marks: leave it untouched.
  if (!/[#*_|=\u2022]|^\s*(?:[-+]|o\s)/.test(line)) return line;
  if (RULE_LINE.test(line)) return '';
  let text = line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/(^|[\s("'])\*([^*\s][^*\n]*?)\*(?=[\s.,;:!?)"']|$)/g, '$1$2')
    .replace(/^\s*(?:[-*+\u2022]|o(?=\s))\s+/, '\u2022 ');
  if (/^\s*\|.*\|\s*$/.test(text)) text = text.trim().slice(1, -1).replace(/\|/g, '\t');
  return text;
}
