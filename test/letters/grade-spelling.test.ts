import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gradeWordMisspelt, readGradeSpelling } from '../../src/letters/grammar/grade-spelling';
import { parseLetter } from '../../src/letters/parse-letter';
import { LETTER_FIXTURES, realLetters } from './expected-letter';

const worcestershire = readFileSync(path.join(LETTER_FIXTURES, 'real', '002_b774c7640ba4b2c6.txt'), 'utf8');

describe('misspelt setting words', () => {
  it.each([
    ['agnecy', 'agency'],
    ['agencise', 'agencies'],
    ['childmidners', 'childminders'],
    ['safegaurding', 'safeguarding'],
  ])('reads "%s" as "%s"', (written, read) => {
    expect(gradeWordMisspelt(written)).toBe(read);
  });

  it.each([
    'colleagues', 'addition', 'adopting', 'surgeries', 'bursaries', 'secondly', 'bolstering', 'fastening', 'reversal', 'childcarers',
    'agenda', 'urgency', 'primacy',
  ])(
    'leaves the English word "%s" alone',
    (word) => {
      expect(gradeWordMisspelt(word)).toBeNull();
    },
  );

  it('says which word a misspelt setting word was read as', () => {
    expect(readGradeSpelling('Local authority adoption agnecy: outstanding').spellings).toEqual([
      { written: 'agnecy', read: 'agency', kind: 'setting' },
    ]);
  });
});

describe('misspelt grade words', () => {
  it.each([
    ['adequatly', 'adequately'],
    ['adequte', 'adequate'],
    ['outstandng', 'outstanding'],
    ['oustanding', 'outstanding'],
    ['satisfactroy', 'satisfactory'],
    ['inadequete', 'inadequate'],
    ['excellant', 'excellent'],
    ['performes', 'performs'],
    ['preforms', null],
    ['perfomrs', 'performs'],
  ])('reads "%s" as "%s"', (written, read) => {
    expect(gradeWordMisspelt(written)).toBe(read);
  });

  it.each(['adequacy', 'inadequacy', 'excellence', 'excelled', 'performed', 'performer', 'upstanding', 'unsatisfactorily', 'standing'])(
    'leaves the English word "%s" alone',
    (word) => {
      expect(gradeWordMisspelt(word)).toBeNull();
    },
  );

  it('never guesses at short words, where one letter makes another word', () => {
    for (const word of ['goad', 'gold', 'wall', 'poorer', 'pool', 'hood']) expect(gradeWordMisspelt(word)).toBeNull();
  });

  it('reads nothing when two grade words are equally near', () => {
    // One edit from both "adequate" and "adequately".
    expect(gradeWordMisspelt('adequatel')).toBeNull();
  });

  it('keeps the capitals of the word as written and the rest of the text as it is', () => {
    expect(readGradeSpelling('Performs Adequatly (2); ADEQUATLY.')).toEqual({
      text: 'Performs Adequately (2); ADEQUATELY.',
      spellings: [
        { written: 'Adequatly', read: 'adequately', kind: 'grade' },
        { written: 'ADEQUATLY', read: 'adequately', kind: 'grade' },
      ],
    });
    const clean = 'Children receive a good start in life.';
    expect(readGradeSpelling(clean).text).toBe(clean);
  });
});

describe('a letter with a misspelt grade word', () => {
  it('reads the rating "Performs adequatly (2)" and says so in its warnings', () => {
    const text = worcestershire.replace('Perform adequately (2)', 'Performs adequatly (2)').replace('perform adequately.', 'perform.');
    const result = parseLetter(text);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.letter.overallGrade).toBe(2);
    expect(result.letter.warnings).toEqual([expect.objectContaining({ code: 'MISSPELT_WORD', message: 'misspelt grade word "adequatly" read as "adequately"' })]);
  });

  it('reads a misspelt setting judgement and keeps the sentence as the letter wrote it', () => {
    const text = worcestershire.replace("Half of the children's homes are good and none is inadequate.", "Half of the children's homes are good and none is inadequte.");
    const result = parseLetter(text);
    if (!result.ok) throw new Error(result.error.message);
    const homes = result.letter.settingJudgements.find((judgement) => judgement.setting === 'CHILDRENS_HOMES' && judgement.count === 0);
    expect(homes).toMatchObject({ judgement: 'INADEQUATE', evidence: "Half of the children's homes are good and none is inadequte." });
    expect(result.letter.warnings).toEqual([expect.objectContaining({ code: 'MISSPELT_WORD', message: 'misspelt grade word "inadequte" read as "inadequate"' })]);
  });

  it('reads a misspelt APA outcome judgement, narrative as written', () => {
    const bath = realLetters().find(({ name }) => name.startsWith('001'))!.text;
    const written = 'Outcomes for children in this area are satisfactroy.';
    const text = bath.replace('Outcomes for children in this area are good.', written);
    expect(text).toContain(written);
    const result = parseLetter(text);
    if (!result.ok) throw new Error(result.error.message);
    const safe = result.letter.outcomeAreas.find((area) => area.area === 'STAYING_SAFE');
    expect(safe).toMatchObject({ grade: 2, judgement: 'satisfactory' });
    expect(safe?.narrative).toContain(written);
    expect(result.letter.warnings).toEqual([expect.objectContaining({ code: 'MISSPELT_WORD', message: 'misspelt grade word "satisfactroy" read as "satisfactory"' })]);
  });

  it('gives the real letters no warnings', () => {
    for (const { text } of realLetters()) {
      const result = parseLetter(text);
      expect(result.ok && result.letter.warnings).toEqual([]);
    }
  });
});
