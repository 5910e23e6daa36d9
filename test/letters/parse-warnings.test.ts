import { WarningCode } from '../../src/domain/enums';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';

const WORCESTERSHIRE = readBundledLetter(LETTER_FILES.worcestershireRating2009);
const BATH_APA = readBundledLetter(LETTER_FILES.bathApa2006);
const VULNERABLE_PARAGRAPH = /^The quality of care and education provision for vulnerable children.*$/m;

function parsed(text: string): ParsedLetter {
  const result = parseLetter(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.letter;
}

/** The rating letter with its paragraph on vulnerable children replaced by `replacement`. */
function worcestershireWith(replacement: string): string {
  expect(WORCESTERSHIRE).toMatch(VULNERABLE_PARAGRAPH);
  return WORCESTERSHIRE.replace(VULNERABLE_PARAGRAPH, replacement);
}

describe('what a parse says it could not read', () => {
  it('reads a table of the council services with the date and judgement of each inspection, each row its evidence', () => {
    const table = ['Service\tLast inspected\tOverall effectiveness', 'Fostering service\tMarch 2009\tGood', "Children's home: Oak Lodge\tMay 2008\tSatisfactory"];
    const letter = parsed(worcestershireWith(table.join('\n')));
    expect(letter.settingJudgements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ setting: 'FOSTERING_SERVICE', judgement: 'GOOD', count: null, evidence: 'Fostering service | March 2009 | Good' }),
        expect.objectContaining({ setting: 'CHILDRENS_HOMES', judgement: 'ADEQUATE', count: null }),
      ]),
    );
    expect(letter.warnings).toEqual([]);
  });

  it('reads a table row whose setting has describing words before it', () => {
    const letter = parsed(worcestershireWith(['Service\tJudgement', 'Local authority adoption agency\tOutstanding'].join('\n')));
    expect(letter.settingJudgements).toContainEqual(expect.objectContaining({ setting: 'ADOPTION_AGENCY', judgement: 'OUTSTANDING' }));
  });

  it('reads the findings of a letter that gives them before its rating', () => {
    const findings = 'The fostering service is outstanding and the adoption agency is good.';
    const rating = /^Children's services rating\t.*$/m;
    const verdict = WORCESTERSHIRE.match(rating)![0];
    const body = /Children's services in Worcestershire County Council perform adequately\.[\s\S]*?(?=The children's services rating is provided)/;
    const reordered = WORCESTERSHIRE.replace(rating, findings).replace(body, `${verdict}\n\nChildren's services in Worcestershire County Council perform adequately.\n\n`);
    const letter = parsed(reordered);
    expect(letter.overallGrade).toBe(2);
    expect(letter.settingJudgements.map((item) => [item.setting, item.judgement])).toEqual([
      ['FOSTERING_SERVICE', 'OUTSTANDING'],
      ['ADOPTION_AGENCY', 'GOOD'],
    ]);
  });

  it('reads a table with a column per judgement as counts out of the number inspected', () => {
    const table = ['Setting\tNumber inspected\tOutstanding\tGood\tSatisfactory\tInadequate', 'Pupil referral units\t9\t2\t4\t3\t0'];
    const units = parsed(worcestershireWith(table.join('\n'))).settingJudgements.filter((item) => item.setting === 'PUPIL_REFERRAL_UNITS');
    expect(units.map((item) => [item.judgement, item.count, item.total])).toEqual([
      ['OUTSTANDING', 2, 9],
      ['GOOD', 4, 9],
      ['ADEQUATE', 3, 9],
      ['INADEQUATE', 0, 9],
    ]);
  });

  it('gives UNREAD_STATEMENT, with the sentence, for a setting and a verdict in a form no rule reads', () => {
    const sentence = 'Pupil referral units earn praise from inspectors, who call most of them outstanding.';
    const letter = parsed(worcestershireWith(sentence));
    expect(letter.warnings).toEqual([{ code: WarningCode.UNREAD_STATEMENT, message: expect.stringContaining('pupil referral units'), evidence: sentence }]);
  });

  it('gives UNREAD_STATEMENT for a table row that names a setting and a judgement word in neither table shape', () => {
    const letter = parsed(worcestershireWith(['Service\tNotes', 'Adoption agency\tmostly good, some weaknesses'].join('\n')));
    expect(letter.warnings).toEqual([expect.objectContaining({ code: WarningCode.UNREAD_STATEMENT, evidence: 'Adoption agency | mostly good, some weaknesses' })]);
  });

  it('gives no warning for a judgement in front of a noun or a negated one: they are not verdicts on a setting', () => {
    const letter = parsed(
      worcestershireWith('The proportion of good primary schools is rising. Nurseries are not yet good enough in the north. Childminders make a good contribution.'),
    );
    expect(letter.warnings).toEqual([]);
  });

  it('gives NO_SETTING_STATEMENTS for a rating letter from which no setting judgement was read', () => {
    const body = /Children's services in Worcestershire County Council perform adequately\.[\s\S]*?(?=The children's services rating is provided)/;
    expect(WORCESTERSHIRE).toMatch(body);
    const letter = parsed(WORCESTERSHIRE.replace(body, "Children's services in Worcestershire County Council perform adequately.\n\n"));
    expect(letter.settingJudgements).toEqual([]);
    expect(letter.warnings).toEqual([expect.objectContaining({ code: WarningCode.NO_SETTING_STATEMENTS, evidence: null })]);
  });

  it('gives MISSING_AREA for an APA letter whose section heading went unrecognised', () => {
    expect(BATH_APA).toContain('\nStaying safe\n');
    const letter = parsed(BATH_APA.replace('\nStaying safe\n', '\nSafety of children\n'));
    expect(letter.outcomeAreas.map((area) => area.area)).not.toContain('STAYING_SAFE');
    expect(letter.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: WarningCode.MISSING_AREA, message: expect.stringContaining('staying safe') })]),
    );
  });

  it('gives EMPTY_LISTS for an APA letter whose strengths and areas for improvement went unread', () => {
    const table = /\nKey strengths and areas for improvement\n[\s\S]*?(?=\nAspects for focus)/;
    expect(BATH_APA).toMatch(table);
    const letter = parsed(BATH_APA.replace(table, '\n'));
    expect(letter.outcomeAreas).toHaveLength(6);
    expect(letter.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: WarningCode.EMPTY_LISTS })]));
  });

  it('gives the bundled letters no warnings at all', () => {
    for (const file of Object.values(LETTER_FILES)) expect(parsed(readBundledLetter(file)).warnings).toEqual([]);
  });
});
