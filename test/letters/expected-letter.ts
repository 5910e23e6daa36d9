import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ParsedLetter } from '../../src/letters/parsed-letter';

/** Where the real letters and their expected parses are kept as fixtures. */
export const LETTER_FIXTURES = path.resolve(__dirname, '../fixtures/letters');

/** A judgement the expected file says may or may not be produced. */
export interface OptionalJudgement {
  setting: string;
  judgement: string;
}

/** The contents of one expected/*.json file. */
export interface ExpectedLetter {
  kind: string;
  year: number;
  publishedOn: string;
  authority: { name: string };
  recipient: { name: string; role: string | null } | null;
  overallGrade: number;
  capacityToImproveGrade: number | null;
  socialCareGrade: number | null;
  outcomeAreas: Array<Record<string, unknown>>;
  settingJudgements: Array<Record<string, unknown>>;
  aspectsForFocus?: string[];
  optionalSettingJudgements?: OptionalJudgement[];
}

/** Each real letter with its expected parse. */
export function realLetters(): Array<{ name: string; text: string; expected: ExpectedLetter }> {
  return readdirSync(path.join(LETTER_FIXTURES, 'real'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(path.join(LETTER_FIXTURES, 'real', name), 'utf8'),
      expected: JSON.parse(readFileSync(path.join(LETTER_FIXTURES, 'expected', name.replace(/\.txt$/, '.json')), 'utf8')) as ExpectedLetter,
    }));
}

/** Keeps, of each actual object, only the keys the expected object has (extra fields are welcome). */
export function pickExpectedKeys(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((item, index) => pickExpectedKeys(item, expected[index] ?? expected[0]));
  }
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object') {
    const picked: Record<string, unknown> = {};
    for (const key of Object.keys(expected))
      picked[key] = pickExpectedKeys((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key]);
    return picked;
  }
  return actual;
}

/** Drops the judgements the expected file marks optional, unless it also lists them as required. */
export function withoutOptional(actual: ParsedLetter['settingJudgements'], expected: ExpectedLetter): ParsedLetter['settingJudgements'] {
  const optional = expected.optionalSettingJudgements ?? [];
  const required = new Set(expected.settingJudgements.map((item) => `${String(item.setting)}/${String(item.judgement)}`));
  return actual.filter((item) => {
    const key = `${item.setting}/${item.judgement}`;
    return required.has(key) || !optional.some((entry) => `${entry.setting}/${entry.judgement}` === key);
  });
}

/**
 * A parse and its expected file, made comparable: the parse keeps only the expected keys and
 * loses the judgements marked optional; the expected file loses its list of optional ones.
 * Every copy of a real letter (text, PDF, Word) is compared this way.
 */
export function comparableParse(letter: ParsedLetter, expected: ExpectedLetter): { actual: unknown; required: Omit<ExpectedLetter, 'optionalSettingJudgements'> } {
  const { optionalSettingJudgements: _optional, ...required } = expected;
  const comparable = { ...letter, settingJudgements: withoutOptional(letter.settingJudgements, expected) };
  return { actual: pickExpectedKeys(comparable, required), required };
}
