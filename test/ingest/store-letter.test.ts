import { Assessment, AssessmentRevision, OutcomeArea, SettingJudgement, SourceLetter } from '../../src/entities/index';
import { Area } from '../../src/domain/enums';
import type { IngestOutcome, IngestSuccess } from '../../src/ingest/ingest-outcome';
import { hashLetterText } from '../../src/ingest/store-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { storeLetter } from '../../src/ingest/store-letter';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';
import { fingerprintTables } from '../helpers/table-fingerprint';
import { sampleParsedLetter } from './sample-parsed-letter';
import { SqlStatementCounter } from '../helpers/sql-statement-counter';

function stored(outcome: IngestOutcome): IngestSuccess {
  if (outcome.status === 'failed' || outcome.status === 'conflict')
    throw new Error(`expected the letter to be stored, got ${outcome.status}`);
  return outcome;
}

function letterOf(year: number, alter: (letter: ParsedLetter) => void = () => undefined): ParsedLetter {
  const letter = sampleParsedLetter();
  letter.year = year;
  alter(letter);
  return letter;
}

describe.each(ENGINES)('storeLetter on %s', (engine) => {
  let database: TestDatabase;
  const recorder = new SqlStatementCounter();

  beforeAll(async () => {
    database = await createTestDatabase(engine, recorder);
  });
  afterAll(async () => {
    await database.drop();
  });

  function store(letter: ParsedLetter, text: string, replace = false, fileName = 'kent.txt') {
    return database.dataSource.transaction((manager) =>
      storeLetter(manager, { letter, laCode: letter.authority.laCode ?? '', text, sha256: hashLetterText(text), fileName }, { replace }),
    );
  }

  const revisionsOf = (assessmentId: number) =>
    database.dataSource.getRepository(AssessmentRevision).find({ where: { assessmentId }, order: { number: 'ASC' } });

  it('writes the assessment, its children and its first revision with one INSERT per table', async () => {
    const letter = sampleParsedLetter();
    letter.outcomeAreas.push({ ...letter.outcomeAreas[0]!, area: Area.STAYING_SAFE, strengths: ['a', 'b'] });
    recorder.reset();
    const outcome = stored(await store(letter, 'sample letter one'));
    expect(outcome).toMatchObject({ status: 'ingested', authorityName: 'Kent County Council', kind: letter.kind, year: 2006 });
    expect(outcome.quality).toMatchObject({ outcomeAreas: 2, listItems: 5, settingJudgements: 2, warnings: [] });
    for (const table of ['outcome_area', 'setting_judgement', 'source_letter', 'assessment', 'assessment_revision']) {
      expect(recorder.matching('INSERT', table)).toHaveLength(1);
    }
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
    const [revision, ...more] = await revisionsOf(outcome.assessmentId);
    expect(more).toEqual([]);
    expect(revision).toMatchObject({
      number: 1,
      sourceLetterId: outcome.sourceLetterId,
      publishedOn: '2006-11-30',
      overallGrade: 3,
      capacityToImproveGrade: 3,
      socialCareGrade: 2,
      warnings: [],
    });
    expect(revision!.outcomeAreas.map((area) => [area.area, area.grade, area.strengths])).toEqual([
      ['BEING_HEALTHY', 3, ['good health visiting']],
      ['STAYING_SAFE', 3, ['a', 'b']],
    ]);
    expect(revision!.settingJudgements.map((row) => [row.setting, row.count, row.total, row.proportion])).toEqual([
      ['PUPIL_REFERRAL_UNITS', 1, 18, null],
      ['CHILDRENS_HOMES', null, null, 0.5],
    ]);
    expect(new Date(revision!.acceptedAt).getTime()).toBe(new Date(source.ingestedAt).getTime());
  });

  it('without replace, a different letter for the same assessment is a conflict that writes nothing', async () => {
    const first = stored(await store(letterOf(2008), 'the 2008 letter', false, 'kent-2008.txt'));
    const before = await fingerprintTables(database.dataSource);
    recorder.reset();

    const outcome = await store(
      letterOf(2008, (letter) => (letter.overallGrade = 1)),
      'the 2008 letter, another copy',
      false,
      'copy.txt',
    );

    expect(outcome).toEqual({
      status: 'conflict',
      assessmentId: first.assessmentId,
      authorityId: first.authorityId,
      authorityName: 'Kent County Council',
      kind: first.kind,
      year: 2008,
      currentSourceLetterId: first.sourceLetterId,
      currentFileName: 'kent-2008.txt',
      quality: expect.objectContaining({ overallGrade: 1, year: 2008 }),
    });
    expect(recorder.statements.filter((statement) => !/^\s*SELECT/i.test(statement))).toEqual([]);
    expect(await fingerprintTables(database.dataSource)).toEqual(before);
  });

  it('with replace, keeps the assessment id, rewrites its children and adds a revision; the old one stays as it was', async () => {
    const first = stored(await store(letterOf(2007), 'the 2007 letter'));
    const [original] = await revisionsOf(first.assessmentId);
    const letter = letterOf(2007, (changed) => {
      changed.overallGrade = 4;
      changed.settingJudgements = [];
    });

    const second = stored(await store(letter, 'the 2007 letter, corrected', true, 'kent-corrected.txt'));

    expect(second).toMatchObject({ status: 'replaced', assessmentId: first.assessmentId });
    expect(second.sourceLetterId).not.toBe(first.sourceLetterId);
    expect(await database.dataSource.getRepository(SourceLetter).countBy({ year: 2007 })).toBe(2);
    expect(await database.dataSource.getRepository(SettingJudgement).countBy({ assessmentId: second.assessmentId })).toBe(0);
    expect(await database.dataSource.getRepository(Assessment).findOneByOrFail({ id: second.assessmentId })).toMatchObject({
      overallGrade: 4,
      sourceLetterId: second.sourceLetterId,
    });
    const revisions = await revisionsOf(first.assessmentId);
    expect(revisions.map((revision) => [revision.number, revision.sourceLetterId, revision.overallGrade])).toEqual([
      [1, first.sourceLetterId, 3],
      [2, second.sourceLetterId, 4],
    ]);
    expect(revisions[0]).toEqual(original);
    expect(revisions[0]!.settingJudgements).toHaveLength(2);
    expect(revisions[1]!.settingJudgements).toEqual([]);
  });

  it('the same text again is unchanged, with or without replace, and writes nothing', async () => {
    stored(await store(letterOf(2005), 'the 2005 letter'));
    const before = await fingerprintTables(database.dataSource);
    for (const replace of [false, true]) {
      expect(await store(letterOf(2005), 'the 2005 letter', replace, 'again.txt')).toMatchObject({ status: 'unchanged' });
    }
    expect(await fingerprintTables(database.dataSource)).toEqual(before);
  });
});
