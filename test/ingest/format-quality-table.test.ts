import { AssessmentKind, WarningCode } from '../../src/domain/enums';
import { formatQualityTable, TABLE_WIDTH } from '../../src/ingest/format-quality-table';
import { KENT_CONFLICT, KENT_INGESTED, KENT_QUALITY } from './outcome-fixtures';

describe('the quality table', () => {
  it('gives one aligned row per file, then each warning on a line of its own with its evidence below', () => {
    const apa = {
      ...KENT_INGESTED,
      status: 'replaced' as const,
      kind: AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT,
      year: 2006,
      quality: {
        ...KENT_QUALITY,
        kind: AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT,
        year: 2006,
        authorityName: 'Bath and North East Somerset Council',
        outcomeAreas: 5,
        listItems: 24,
        settingJudgements: 0,
        complete: false,
        warnings: [
          {
            code: WarningCode.MISSPELT_WORD,
            message: 'misspelt grade word "adequatly" read as "adequately"',
            evidence: 'Performs adequatly (2)',
          },
          {
            code: WarningCode.MISSING_AREA,
            message: 'no "staying safe" section was found: an APA letter judges six areas',
            evidence: null,
          },
        ],
      },
    };
    const table = formatQualityTable([
      { file: 'kent.txt', outcome: KENT_INGESTED },
      { file: 'bath-apa.txt', outcome: apa },
      { file: 'kent-copy.txt', outcome: KENT_CONFLICT },
      { file: 'notes.txt', outcome: { status: 'failed', error: { code: 'NOT_A_LETTER', message: 'No letter heading found' } } },
    ]);
    expect(table.split('\n')).toEqual([
      'file           outcome   letter       authority              grade  areas  items  settings  warnings',
      'kent.txt       ingested  rating 2009  Kent County Council        3      0      0        15         0',
      'bath-apa.txt   replaced  APA 2006     Bath and North East \u2026      3      5     24         0         2',
      'kent-copy.txt  conflict  rating 2009  Kent County Council        1      0      0        15         0',
      'notes.txt      failed    -            -                          -      -      -         -         -',
      'Warnings (one per line):',
      '  bath-apa.txt: MISSPELT_WORD: misspelt grade word "adequatly" read as "adequately"',
      '      "Performs adequatly (2)"',
      '  bath-apa.txt: MISSING_AREA: no "staying safe" section was found: an APA letter judges six areas',
    ]);
  });

  it('fits every line in 100 columns, shortening long file and authority names', () => {
    const long = {
      ...KENT_INGESTED,
      quality: {
        ...KENT_QUALITY,
        authorityName: 'Royal Borough of Windsor and Maidenhead Council',
        complete: false,
        warnings: [
          {
            code: WarningCode.UNREAD_STATEMENT,
            message: 'the sentence names childminders and a judgement word, but no judgement on them was read',
            evidence: 'x'.repeat(300),
          },
        ],
      },
    };
    const file = 'letters/2009/south-east/royal-borough-of-windsor-and-maidenhead-rating-letter.txt';
    const lines = formatQualityTable([{ file, outcome: long }]).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(lines[1]).toMatch(/^\u2026.*-letter\.txt {2}ingested {2}rating 2009 {2}Royal Borough of\u2026 +3/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {6}"x+\u2026$/));
  });

  it('is empty for a run without files', () => {
    expect(formatQualityTable([])).toBe('');
  });
});
