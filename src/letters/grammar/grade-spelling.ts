/**
 * Misspelt grade words, read as a reader would read them: "Performs adequatly (2)" is
 * plainly "adequately", "outstandng" plainly "outstanding". A word is read as a known grade
 * word only when that word is its single nearest (one edit away for words of up to seven
 * letters, two for longer ones; a swap of two letters is one edit) and the word is not an
 * English word of its own ("adequacy", "excellence"). Short words ("good", "well", "poor")
 * are never guessed at: one letter turns them into other words.
 */

/** The grade and judgement words of the letters, and the verb of the 2009 rating. */
const GRADE_WORDS = [
  'outstanding',
  'outstandingly',
  'excellent',
  'excellently',
  'adequate',
  'adequately',
  'inadequate',
  'inadequately',
  'satisfactory',
  'satisfactorily',
  'unsatisfactory',
  'perform',
  'performs',
  'performing',
];

/** English words within reach of a grade word that mean something else. */
const REAL_WORDS = new Set([
  'adequacy',
  'inadequacy',
  'inadequacies',
  'excellence',
  'excellency',
  'performed',
  'performer',
  'performers',
  'preforms',
  'reforming',
  'deforming',
  'preform',
  'excelled',
  'excelling',
  'upstanding',
  'outstandings',
  'unsatisfactorily',
]);

/**
 * The words that name kinds of setting, long and distinctive enough to be read through a slip
 * ("adoption agnecy"). Words within reach of a common word are left out: "colleges" is two
 * edits from "colleagues", "adoption" from "addition", "nurseries" from "surgeries",
 * "fostering" from "bolstering", "secondary" from "secondly", "referral" from "reversal".
 */
const SETTING_WORDS = ['agency', 'agencies', 'childminder', 'childminders', 'childminding', 'safeguarding'];

/** English words within reach of a setting word that mean something else. */
const REAL_SETTING_NEIGHBOURS = ['agenda', 'agendas', 'urgency', 'urgencies'];
for (const word of REAL_SETTING_NEIGHBOURS) REAL_WORDS.add(word);

const KNOWN = new Set([...GRADE_WORDS, ...SETTING_WORDS]);
const KNOWN_WORDS = [...GRADE_WORDS, ...SETTING_WORDS];
const SETTING_WORD_SET = new Set(SETTING_WORDS);
const SHORTEST_GUESSED = 6;
const LONGEST_WORD = Math.max(...GRADE_WORDS.map((word) => word.length), ...SETTING_WORDS.map((word) => word.length)) + 2;

/** One misspelt word and the grade or setting word it was read as. */
export interface GradeSpelling {
  written: string;
  read: string;
  /** Whether the word read is a grade word ("adequate") or names a kind of setting ("agency"). */
  kind: 'grade' | 'setting';
}

function allowedEdits(length: number): number {
  return length <= 7 ? 1 : 2;
}

/** Rows of the edit-distance table, reused: no word the reader guesses at is longer than this. */
const ROW = LONGEST_WORD + 2;
const rows = [new Int32Array(ROW), new Int32Array(ROW), new Int32Array(ROW)];

/** Edit distance with adjacent swaps (optimal string alignment), or `limit + 1` once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** Grade words by first letter and by second letter: a misspelling keeps one of them. */
const BY_FIRST = new Map<string, string[]>();
const BY_SECOND = new Map<string, string[]>();
for (const word of KNOWN_WORDS) {
  BY_FIRST.set(word[0], [...(BY_FIRST.get(word[0]) ?? []), word]);
  BY_SECOND.set(word[1], [...(BY_SECOND.get(word[1]) ?? []), word]);
}

/** Words already judged, so the words every letter repeats are judged once. Bounded: cleared when full. */
const judged = new Map<string, string | null>();
const MAX_JUDGED = 20_000;

/** The grade word a lower-case word is a misspelling of, or null when it is none or could be several. */
export function gradeWordMisspelt(lower: string): string | null {
  if (lower.length < SHORTEST_GUESSED || lower.length > LONGEST_WORD || KNOWN.has(lower) || REAL_WORDS.has(lower)) return null;
  const known = judged.get(lower);
  if (known !== undefined) return known;
  const candidates = new Set([...(BY_FIRST.get(lower[0]) ?? []), ...(BY_SECOND.get(lower[1]) ?? [])]);
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const word of candidates) {
    const limit = allowedEdits(word.length);
    const distance = editDistance(lower, word, limit);
    if (distance > limit || distance > bestDistance) continue;
    tied = distance === bestDistance;
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  const read = tied ? null : best;
  if (judged.size >= MAX_JUDGED) judged.clear();
  judged.set(lower, read);
  return read;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The written word's capitals on the grade word: "Adequatly" -> "Adequately", "ADEQUATLY" -> "ADEQUATELY". */
function inCaseOf(written: string, read: string): string {
  if (written === written.toUpperCase()) return read.toUpperCase();
  if (written[0] === written[0].toUpperCase()) return read[0].toUpperCase() + read.slice(1);
  return read;
}

/**
 * The text with every misspelt grade word read as the grade word, and the words so read.
 * Returns the same string when nothing is misspelt. Linear in the text.
 */
export function readGradeSpelling(text: string): { text: string; spellings: GradeSpelling[] } {
  const spellings: GradeSpelling[] = [];
  let out = '';
  let copied = 0;
  let index = 0;
  while (index < text.length) {
    if (!isLetter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isLetter(text.charCodeAt(index))) index += 1;
    const length = index - start;
    if (length < SHORTEST_GUESSED || length > LONGEST_WORD) continue;
    const written = text.slice(start, index);
    const read = gradeWordMisspelt(written.toLowerCase());
    if (read === null) continue;
    spellings.push({ written, read, kind: SETTING_WORD_SET.has(read) ? 'setting' : 'grade' });
    out += text.slice(copied, start) + inCaseOf(written, read);
    copied = index;
  }
  return spellings.length === 0 ? { text, spellings } : { text: out + text.slice(copied), spellings };
}

/** The text as a reader takes it: misspelt grade words read as the grade words. */
export function withGradeWordsRead(text: string): string {
  return readGradeSpelling(text).text;
}
