import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Area } from '../../src/domain/enums';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { letterPassages, type PassageDraft } from '../../src/letters/passages';
import { PassageKind } from '../../src/domain/enums';

const LETTERS = path.resolve(__dirname, '../../letters');

function parsedLetter(file: string): ParsedLetter {
  const result = parseLetter(readFileSync(path.join(LETTERS, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
  return result.letter;
}

const RATING_WORCESTERSHIRE = '002_b774c7640ba4b2c6.txt';
const APA_BATH_2006 = '001_e2f644057def782b.txt';

/** Words of the 2009 template (preamble, scale table, statutory paragraph) and the sign-off. */
const TEMPLATE_PHRASES = [
  'Ofsted guidance published in May 2009',
  'In considering the evidence in the profile',
  'four point scale',
  'significantly exceeds minimum requirements',
  'Within each level there will be differing standards',
  'section 138 of the Education and Inspections Act',
  'This letter summarises the findings',
  'We confirm that the children',
  'Yours sincerely',
  'Dear ',
];

describe('letterPassages', () => {
  const files = readdirSync(LETTERS)
    .filter((name) => name.endsWith('.txt'))
    .sort();

  it.each(files)('%s: sentences and list items, none of the shared template text, none repeated', (file) => {
    const passages = letterPassages(parsedLetter(file));
    expect(passages.length).toBeGreaterThan(5);
    for (const passage of passages) {
      for (const phrase of TEMPLATE_PHRASES) expect(passage.text).not.toContain(phrase);
      expect(passage.text).toBe(passage.text.trim());
      // A passage is at most a sentence: no full stop followed by another sentence inside it.
      expect(passage.text).not.toMatch(/[a-z]\. [A-Z]/);
    }
    const keys = passages.map((passage) => JSON.stringify([passage.kind, passage.area, passage.text]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks the summary sentences that setting judgements were read from as setting evidence', () => {
    const letter = parsedLetter(RATING_WORCESTERSHIRE);
    const passages = letterPassages(letter);
    const evidence = passages.filter((passage) => passage.kind === PassageKind.SETTING_EVIDENCE).map((passage) => passage.text);
    expect(new Set(evidence)).toEqual(new Set(letter.settingJudgements.map((judgement) => judgement.evidence)));
    expect(passages[0]).toEqual<PassageDraft>({
      kind: PassageKind.SUMMARY,
      area: null,
      text: "Children's services in Worcestershire County Council perform adequately.",
    });
    expect(passages.map((passage) => passage.text).join(' ')).toBe(letter.summary);
  });

  it('keeps an APA letter in order: summary, then each area narrative, strengths and areas for improvement, then aspects for focus', () => {
    const passages = letterPassages(parsedLetter(APA_BATH_2006));
    const kinds = passages.map((passage) => passage.kind);
    expect(kinds[0]).toBe(PassageKind.SUMMARY);
    expect(kinds.at(-1)).toBe(PassageKind.ASPECT_FOR_FOCUS);
    expect(passages).toContainEqual<PassageDraft>({
      kind: PassageKind.AREA_FOR_IMPROVEMENT,
      area: Area.BEING_HEALTHY,
      text: 'reduction in CAMHS service waiting lists',
    });
    expect(passages).toContainEqual<PassageDraft>({
      kind: PassageKind.OUTCOME_NARRATIVE,
      area: Area.STAYING_SAFE,
      text: 'Outcomes for children in this area are good.',
    });
    expect(passages).toContainEqual<PassageDraft>({
      kind: PassageKind.ASPECT_FOR_FOCUS,
      area: null,
      text: 'CAMHS development and outcomes',
    });
    // The same words under two areas are two passages: they judge different things.
    const sameWords = passages.filter((passage) => passage.text === 'Outcomes in this area are good.');
    expect(sameWords.map((passage) => passage.area)).toEqual([Area.ENJOYING_AND_ACHIEVING, Area.MAKING_A_POSITIVE_CONTRIBUTION]);
  });
});
