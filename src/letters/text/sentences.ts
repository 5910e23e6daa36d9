/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'e.g', 'i.e', 'eg', 'ie', 'no', 'nos', 'etc', 'cf', 'vs', 'prof', 'cllr']);

const BOUNDARY = /[.!?]+["')]?\s+(?=["'(]?[A-Z0-9])/g;

/** Splits a paragraph into sentences, leaving "Mr." and "e.g." alone. Linear in the text. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index;
    const wordBefore = /([A-Za-z.]+)$/.exec(paragraph.slice(Math.max(start, end - 12), end))?.[1] ?? '';
    if (ABBREVIATIONS.has(wordBefore.toLowerCase())) continue;
    const sentence = paragraph.slice(start, end + match[0].trimEnd().length).trim();
    if (sentence) sentences.push(sentence);
    start = end + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
