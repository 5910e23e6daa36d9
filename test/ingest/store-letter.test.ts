import { Assessment, OutcomeArea, SettingJudgement, SourceLetter } from '../../src/entities/index';
import { Area } from '../../src/domain/enums';
import { hashLetterText } from '../../src/ingest/store-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { storeLetter } from '../../src/ingest/store-letter';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';
import { sampleParsedLetter } from './sample-parsed-letter';
import { SqlStatementCounter } from '../helpers/sql-statement-counter';

describe.each(ENGINES)('storeLetter on %s', (engine) => {
  let database: TestDatabase;
  const recorder = new SqlStatementCounter();

  beforeAll(async () => {
    database = await createTestDatabase(engine, recorder);
  });
  afterAll(async () => {
    await database.drop();
  });

  function store(letter: ParsedLetter, text: string) {
    return database.dataSource.transaction((manager) =>
      storeLetter(manager, { letter, laCode: letter.authority.laCode ?? '', text, sha256: hashLetterText(text), fileName: 'kent.txt' }),
    );
  }

  it('writes the assessment and all its children with one INSERT per table', async () => {
    const letter = sampleParsedLetter();
    letter.outcomeAreas.push({ ...letter.outcomeAreas[0]!, area: Area.STAYING_SAFE, strengths: ['a', 'b'] });
    recorder.reset();
    const outcome = await store(letter, 'sample letter one');
    expect(outcome).toMatchObject({ status: 'ingested', authorityName: 'Kent County Council', kind: letter.kind, year: 2006 });
    expect(recorder.matching('INSERT', 'outcome_area')).toHaveLength(1);
    expect(recorder.matching('INSERT', 'setting_judgement')).toHaveLength(1);
    expect(recorder.matching('INSERT', 'source_letter')).toHaveLength(1);
    expect(recorder.matching('INSERT', 'assessment')).toHaveLength(1);
    if (outcome.status === 'failed') throw new Error('expected success');
    const areas = await database.dataSource
      .getRepository(OutcomeArea)
      .find({ where: { assessmentId: outcome.assessmentId }, order: { area: 'ASC' } });
    expect(areas.map((area) => [area.area, area.strengths])).toEqual([
      ['BEING_HEALTHY', ['good health visiting']],
      ['STAYING_SAFE', ['a', 'b']],
    ]);
    const settings = await database.dataSource
      .getRepository(SettingJudgement)
      .find({ where: { assessmentId: outcome.assessmentId }, order: { position: 'ASC' } });
    expect(settings.map((row) => [row.position, row.setting, row.count, row.total, row.proportion])).toEqual([
      [1, 'PUPIL_REFERRAL_UNITS', 1, 18, null],
      [2, 'CHILDRENS_HOMES', null, null, 0.5],
    ]);
    const assessment = await database.dataSource.getRepository(Assessment).findOneByOrFail({ id: outcome.assessmentId });
    expect(assessment).toMatchObject({
      publishedOn: '2006-11-30',
      overallGrade: 3,
      socialCareGrade: 2,
      recipientName: 'Ms Rosalind Turner',
    });
    const source = await database.dataSource.getRepository(SourceLetter).findOneByOrFail({ id: outcome.sourceLetterId });
    expect(source).toMatchObject({ sha256: hashLetterText('sample letter one'), fileName: 'kent.txt', byteLength: 17, year: 2006 });
  });

  it('replaces in place: same assessment id, new children, new source letter, old one kept', async () => {
    const original = sampleParsedLetter();
    original.year = 2007;
    const first = await store(original, 'the 2007 letter');
    const letter = sampleParsedLetter();
    letter.year = 2007;
    letter.overallGrade = 4;
    letter.settingJudgements = [];
    const second = await store(letter, 'the 2007 letter, corrected');
    expect(first.status).toBe('ingested');
    expect(second.status).toBe('replaced');
    if (first.status === 'failed' || second.status === 'failed') throw new Error('expected success');
    expect(second.assessmentId).toBe(first.assessmentId);
    expect(second.sourceLetterId).not.toBe(first.sourceLetterId);
    expect(await database.dataSource.getRepository(SourceLetter).countBy({ year: 2007 })).toBe(2);
    expect(await database.dataSource.getRepository(SettingJudgement).countBy({ assessmentId: second.assessmentId })).toBe(0);
    expect(await database.dataSource.getRepository(Assessment).findOneByOrFail({ id: second.assessmentId })).toMatchObject({
      overallGrade: 4,
      sourceLetterId: second.sourceLetterId,
    });
  });
});
