import { AssessmentKind } from '../../src/domain/enums';
import { formatQualityTable } from '../../src/ingest/format-quality-table';
import { KENT_CONFLICT, KENT_INGESTED, KENT_QUALITY } from './outcome-fixtures';

describe('the quality table', () => {
  it('gives one aligned row per file, then each warning in words', () => {
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
        warnings: ['read "Performs adequatly" as "Performs adequately"'],
        missingSections: ['an APA letter has 6 outcome areas; this parse has 5 (missing STAYING_SAFE)'],
      },
    };
    const table = formatQualityTable([
      { file: 'kent.txt', outcome: KENT_INGESTED },
      { file: 'bath-apa.txt', outcome: apa },
      { file: 'kent-copy.txt', outcome: KENT_CONFLICT },
      { file: 'notes.txt', outcome: { status: 'failed', error: { code: 'NOT_A_LETTER', message: 'No letter heading found' } } },
    ]);
    expect(table.split('\n')).toEqual([
      'file           outcome   kind           year  authority                             grade  areas  items  settings  warnings',
      'kent.txt       ingested  annual rating  2009  Kent County Council                       3      0      0        15         0',
      'bath-apa.txt   replaced  APA            2006  Bath and North East Somerset Council      3      5     24         0         2',
      'kent-copy.txt  conflict  annual rating  2009  Kent County Council                       1      0      0        15         0',
      'notes.txt      failed    -              -     -                                         -      -      -         -         -',
      'Warnings:',
      '  bath-apa.txt: read "Performs adequatly" as "Performs adequately"',
      '  bath-apa.txt: an APA letter has 6 outcome areas; this parse has 5 (missing STAYING_SAFE)',
    ]);
  });

  it('is empty for a run without files', () => {
    expect(formatQualityTable([])).toBe('');
  });
});
