import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Assessment, AssessmentRevision, OutcomeArea, SettingJudgement, SourceLetter } from '../../src/entities/index';
import { ingestLetter } from '../../src/ingest/ingest-letter';
import type { IngestOutcome, IngestSuccess } from '../../src/ingest/ingest-outcome';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter, ParseResult } from '../../src/letters/parsed-letter';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';
import { countRows, LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { fingerprintTables } from '../helpers/table-fingerprint';

const DOCUMENT_FIXTURES = path.resolve(__dirname, '../fixtures/documents');

function succeeded(outcome: IngestOutcome): IngestSuccess {
  if (outcome.status === 'failed') throw new Error(`expected the letter to be stored, got ${outcome.error.code}: ${outcome.error.message}`);
  if (outcome.status === 'conflict')
    throw new Error(`expected the letter to be stored, got a conflict with assessment ${outcome.assessmentId}`);
  return outcome;
}

/** The real parse of `text`, changed by `alter`: a test-only seam to reach failures real letters cannot cause. */
function alteredParse(alter: (letter: ParsedLetter) => void): (text: string) => ParseResult {
  return (text) => {
    const result = parseLetter(text);
    if (result.ok) alter(result.letter);
    return result;
  };
}

/** Two outcome areas with the same area collide on the unique (assessment_id, area) index. */
const duplicateFirstOutcomeArea = (letter: ParsedLetter): void => {
  letter.outcomeAreas.push({ ...letter.outcomeAreas[0]! });
};

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const KENT_SERIOUS_CASE_REVIEWS = 'All of the five serious case reviews have been conducted adequately or better.';

describe.each(ENGINES)('ingestLetter on %s', (engine) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const firstOutcomes = new Map<string, IngestSuccess>();

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    dataSource = database.dataSource;
    for (const file of Object.values(LETTER_FILES)) {
      firstOutcomes.set(file, succeeded(await ingestLetter(dataSource, { text: readBundledLetter(file), fileName: file })));
    }
  });

  afterAll(async () => {
    await database.drop();
  });

  const first = (file: string): IngestSuccess => {
    const outcome = firstOutcomes.get(file);
    if (outcome === undefined) throw new Error(`${file} was not ingested`);
    return outcome;
  };

  it('ingests the five bundled letters, one assessment and source letter each', async () => {
    expect([...firstOutcomes.values()].map((outcome) => [outcome.status, outcome.authorityName, outcome.kind, outcome.year])).toEqual([
      ['ingested', 'Bath and North East Somerset Council', 'ANNUAL_RATING', 2009],
      ['ingested', 'Bath and North East Somerset Council', 'ANNUAL_PERFORMANCE_ASSESSMENT', 2006],
      ['ingested', 'Worcestershire County Council', 'ANNUAL_RATING', 2009],
      ['ingested', 'Dorset County Council', 'ANNUAL_RATING', 2009],
      ['ingested', 'Kent County Council', 'ANNUAL_RATING', 2009],
    ]);
    const parsedSettings = Object.values(LETTER_FILES)
      .map((file) => parseLetter(readBundledLetter(file)))
      .reduce((sum, result) => sum + (result.ok ? result.letter.settingJudgements.length : 0), 0);
    expect(await countRows(dataSource)).toEqual({ sourceLetters: 5, assessments: 5, outcomeAreas: 6, settingJudgements: parsedSettings });
    const source = await dataSource.getRepository(SourceLetter).findOneByOrFail({ id: first(LETTER_FILES.kentRating2009).sourceLetterId });
    expect(source).toMatchObject({
      fileName: LETTER_FILES.kentRating2009,
      sha256: sha256(readBundledLetter(LETTER_FILES.kentRating2009)),
      text: readBundledLetter(LETTER_FILES.kentRating2009),
      kind: 'ANNUAL_RATING',
      year: 2009,
    });
  });

  it("stores Kent's rating with its 15 setting judgements in letter order, each with its evidence", async () => {
    const kent = first(LETTER_FILES.kentRating2009);
    expect(await dataSource.getRepository(Assessment).findOneByOrFail({ id: kent.assessmentId })).toMatchObject({
      kind: 'ANNUAL_RATING',
      year: 2009,
      publishedOn: '2009-12-09',
      overallGrade: 3,
      capacityToImproveGrade: null,
      socialCareGrade: null,
      recipientName: 'Ms Rosalind Turner',
      recipientRole: 'Managing Director - Children Families and Education Directorate',
      sourceLetterId: kent.sourceLetterId,
    });
    const settings = await dataSource
      .getRepository(SettingJudgement)
      .find({ where: { assessmentId: kent.assessmentId }, order: { position: 'ASC' } });
    const stored = settings.map((row) => [row.setting, row.judgement, row.count, row.total, row.proportion, row.source]);
    // The parser may report more than the 15 judgements the contract requires (secondary schools,
    // sixth forms...); every one it reports is stored, and the 15 must be among them in letter order.
    const parsed = parseLetter(readBundledLetter(LETTER_FILES.kentRating2009));
    if (!parsed.ok) throw new Error('the Kent letter should parse');
    expect(settings.map((row) => [row.setting, row.judgement, row.evidence])).toEqual(
      parsed.letter.settingJudgements.map((judgement) => [judgement.setting, judgement.judgement, judgement.evidence]),
    );
    const required = [
      ['ALL_SERVICES_AND_SETTINGS', 'GOOD_OR_BETTER', null, null, null, 'INSPECTION'],
      ['NURSERIES', 'GOOD_OR_BETTER', null, null, null, 'INSPECTION'],
      ['CHILDCARE', 'GOOD_OR_BETTER', null, null, null, 'INSPECTION'],
      ['CHILDMINDERS', 'ADEQUATE', null, null, null, 'INSPECTION'],
      ['FOSTERING_SERVICE', 'GOOD', null, null, null, 'INSPECTION'],
      ['ADOPTION_AGENCY', 'GOOD', null, null, null, 'INSPECTION'],
      ['PRIVATE_FOSTERING', 'GOOD', null, null, null, 'INSPECTION'],
      ['CHILDRENS_HOMES', 'GOOD', null, null, 0.5, 'INSPECTION'],
      ['CHILDRENS_HOMES', 'INADEQUATE', 0, null, null, 'INSPECTION'],
      ['PUPIL_REFERRAL_UNITS', 'GOOD_OR_BETTER', null, 18, 0.5, 'INSPECTION'],
      ['PUPIL_REFERRAL_UNITS', 'INADEQUATE', 1, 18, null, 'INSPECTION'],
      ['SAFEGUARDING', 'GOOD', null, null, null, 'JOINT_AREA_REVIEW'],
      ['LOOKED_AFTER_CHILDREN', 'GOOD', null, null, null, 'JOINT_AREA_REVIEW'],
      ['LEARNING_DIFFICULTIES_AND_DISABILITIES', 'GOOD', null, null, null, 'JOINT_AREA_REVIEW'],
      ['SERIOUS_CASE_REVIEWS', 'ADEQUATE_OR_BETTER', 5, 5, null, 'INSPECTION'],
    ];
    const key = (row: unknown[]): string => JSON.stringify(row);
    const requiredKeys = new Set(required.map(key));
    expect(stored.filter((row) => requiredKeys.has(key(row)))).toEqual(required);
    expect(settings.map((row) => row.position)).toEqual(settings.map((_, index) => index + 1));
    for (const row of settings) expect(row.evidence.length).toBeGreaterThan(20);
    expect(settings.find((row) => row.setting === 'PUPIL_REFERRAL_UNITS' && row.judgement === 'INADEQUATE')?.evidence).toBe(
      "Similarly, only half of the local authority's 18 pupil referral units are good or better and one is inadequate.",
    );
  });

  it("stores the APA letter's grades and six outcome areas with their strengths", async () => {
    const apa = first(LETTER_FILES.bathApa2006);
    expect(await dataSource.getRepository(Assessment).findOneByOrFail({ id: apa.assessmentId })).toMatchObject({
      kind: 'ANNUAL_PERFORMANCE_ASSESSMENT',
      year: 2006,
      publishedOn: '2006-11-01',
      overallGrade: 3,
      capacityToImproveGrade: 3,
      socialCareGrade: 3,
      recipientName: 'Mr Ashley Ayre',
    });
    const areas = await dataSource.getRepository(OutcomeArea).find({ where: { assessmentId: apa.assessmentId }, order: { id: 'ASC' } });
    expect(areas.map((area) => [area.area, area.grade, area.judgement, area.strengths.length, area.areasForImprovement.length])).toEqual([
      ['BEING_HEALTHY', 3, 'good', 3, 2],
      ['STAYING_SAFE', 3, 'good', 3, 3],
      ['ENJOYING_AND_ACHIEVING', 3, 'good', 1, 3],
      ['MAKING_A_POSITIVE_CONTRIBUTION', 3, 'good', 2, 2],
      ['ACHIEVING_ECONOMIC_WELLBEING', 2, 'adequate, with some good features', 2, 2],
      ['SERVICE_MANAGEMENT', 3, 'good', 3, 2],
    ]);
    expect(areas[0]!.strengths[0]).toBe('joint working between agencies');
    expect(areas[4]!.strengths[0]).toBe('family support services and provision for care leavers');
    for (const area of areas) expect(area.narrative.length).toBeGreaterThan(0);
  });

  it('attaches the Dorset letter to the historical Dorset County Council (LA 835)', async () => {
    const dorset = first(LETTER_FILES.dorsetRating2009);
    const row: Array<{ la_code: string }> = await dataSource.query('SELECT la_code FROM authority WHERE id = ?', [dorset.authorityId]);
    expect(row.map((authority) => authority.la_code)).toEqual(['835']);
  });

  it('re-ingesting the same text is unchanged and writes nothing', async () => {
    const before = await countRows(dataSource);
    for (const file of Object.values(LETTER_FILES)) {
      const outcome = succeeded(await ingestLetter(dataSource, { text: readBundledLetter(file), fileName: `again-${file}` }));
      expect(outcome).toEqual({ ...first(file), status: 'unchanged' });
    }
    expect(await countRows(dataSource)).toEqual(before);
    expect(await dataSource.getRepository(SourceLetter).countBy({ fileName: `again-${LETTER_FILES.kentRating2009}` })).toBe(0);
  });

  it('a different letter for the same authority, kind and year is a CONFLICT without replace, writing nothing', async () => {
    const amended = readBundledLetter(LETTER_FILES.kentRating2009).replace(KENT_SERIOUS_CASE_REVIEWS, '');
    const kent = first(LETTER_FILES.kentRating2009);
    const before = await fingerprintTables(dataSource);

    const outcome = await ingestLetter(dataSource, { text: amended, fileName: 'kent-amended.txt' });

    expect(outcome).toMatchObject({
      status: 'conflict',
      assessmentId: kent.assessmentId,
      authorityName: 'Kent County Council',
      kind: 'ANNUAL_RATING',
      year: 2009,
      currentSourceLetterId: kent.sourceLetterId,
      currentFileName: LETTER_FILES.kentRating2009,
    });
    expect(await fingerprintTables(dataSource)).toEqual(before);
  });

  it('with replace, a different letter becomes the new version in place and the old one stays readable', async () => {
    const original = readBundledLetter(LETTER_FILES.kentRating2009);
    expect(original).toContain(KENT_SERIOUS_CASE_REVIEWS);
    const amended = original.replace(KENT_SERIOUS_CASE_REVIEWS, '');
    const kent = first(LETTER_FILES.kentRating2009);
    const settings = dataSource.getRepository(SettingJudgement);
    const oldIds = (await settings.findBy({ assessmentId: kent.assessmentId })).map((row) => row.id);
    const before = await countRows(dataSource);

    const replaced = succeeded(await ingestLetter(dataSource, { text: amended, fileName: 'kent-amended.txt' }, { replace: true }));

    expect(replaced).toMatchObject({ status: 'replaced', assessmentId: kent.assessmentId, authorityId: kent.authorityId });
    expect(replaced.sourceLetterId).not.toBe(kent.sourceLetterId);
    expect(await countRows(dataSource)).toEqual({
      ...before,
      sourceLetters: before.sourceLetters + 1,
      settingJudgements: before.settingJudgements - 1,
    });
    const assessment = await dataSource.getRepository(Assessment).findOneByOrFail({ id: kent.assessmentId });
    expect(assessment.sourceLetterId).toBe(replaced.sourceLetterId);
    const oldSource = await dataSource.getRepository(SourceLetter).findOneByOrFail({ id: kent.sourceLetterId });
    expect(oldSource).toMatchObject({ text: original, sha256: sha256(original), fileName: LETTER_FILES.kentRating2009 });
    const newRows = await settings.find({ where: { assessmentId: kent.assessmentId }, order: { position: 'ASC' } });
    expect(newRows).toHaveLength(oldIds.length - 1);
    expect(newRows.map((row) => row.setting)).not.toContain('SERIOUS_CASE_REVIEWS');
    expect(newRows.filter((row) => oldIds.includes(row.id))).toEqual([]);
    const revisions = await dataSource
      .getRepository(AssessmentRevision)
      .find({ where: { assessmentId: kent.assessmentId }, order: { number: 'ASC' } });
    expect(revisions.map((revision) => [revision.number, revision.sourceLetterId, revision.settingJudgements.length])).toEqual([
      [1, kent.sourceLetterId, oldIds.length],
      [2, replaced.sourceLetterId, oldIds.length - 1],
    ]);
    expect(revisions[0]!.settingJudgements.map((row) => row.setting)).toContain('SERIOUS_CASE_REVIEWS');

    // A superseded text counts as seen: folders holding both letters re-ingest without flip-flopping.
    const again = succeeded(await ingestLetter(dataSource, { text: original, fileName: LETTER_FILES.kentRating2009 }, { replace: true }));
    expect(again).toMatchObject({ status: 'unchanged', assessmentId: kent.assessmentId });
    expect((await dataSource.getRepository(Assessment).findOneByOrFail({ id: kent.assessmentId })).sourceLetterId).toBe(
      replaced.sourceLetterId,
    );
  });

  /** Documents that name councils, quote ratings or hold a letter's text, and are not letters. */
  const NOT_LETTERS = [
    path.resolve(__dirname, '../../README.md'),
    path.resolve(__dirname, '../../docs/parsing.md'),
    ...readdirSync(DOCUMENT_FIXTURES).map((name) => path.join(DOCUMENT_FIXTURES, name)),
  ];

  it.each(NOT_LETTERS.map((file) => [path.basename(file), file]))(
    'ingesting %s is refused and changes nothing in any table',
    async (_name, file) => {
      const before = await fingerprintTables(dataSource);
      const outcome = await ingestLetter(dataSource, { text: readFileSync(file, 'utf8'), fileName: path.basename(file) });
      expect(outcome.status).toBe('failed');
      expect(await fingerprintTables(dataSource)).toEqual(before);
    },
  );

  it('a letter that fails inside the transaction leaves nothing behind', async () => {
    const text = `${readBundledLetter(LETTER_FILES.bathApa2006)}\nA later copy.\n`;
    const before = await countRows(dataSource);
    const parse = alteredParse((letter) => {
      letter.year = 2007;
      duplicateFirstOutcomeArea(letter);
    });

    const outcome = await ingestLetter(dataSource, { text, fileName: 'colliding.txt' }, { parse });

    expect(outcome).toEqual({
      status: 'failed',
      error: { code: 'DATABASE_ERROR', message: 'Database error (duplicate row, INSERT on outcome_area); nothing was stored' },
    });
    expect(await countRows(dataSource)).toEqual(before);
    expect(await dataSource.getRepository(SourceLetter).countBy({ sha256: sha256(text) })).toBe(0);
    expect(await dataSource.getRepository(Assessment).countBy({ year: 2007 })).toBe(0);
  });

  it('a replacement that fails leaves the previous letter and its children exactly as they were', async () => {
    const apa = first(LETTER_FILES.bathApa2006);
    const assessmentBefore = await dataSource.getRepository(Assessment).findOneByOrFail({ id: apa.assessmentId });
    const areasBefore = await dataSource
      .getRepository(OutcomeArea)
      .find({ where: { assessmentId: apa.assessmentId }, order: { id: 'ASC' } });
    const before = await fingerprintTables(dataSource);
    const text = `${readBundledLetter(LETTER_FILES.bathApa2006)}\nA corrected copy.\n`;

    const outcome = await ingestLetter(
      dataSource,
      { text, fileName: 'bad-correction.txt' },
      { parse: alteredParse(duplicateFirstOutcomeArea), replace: true },
    );

    expect(outcome.status).toBe('failed');
    expect(await fingerprintTables(dataSource)).toEqual(before);
    expect(await dataSource.getRepository(Assessment).findOneByOrFail({ id: apa.assessmentId })).toEqual(assessmentBefore);
    expect(await dataSource.getRepository(OutcomeArea).find({ where: { assessmentId: apa.assessmentId }, order: { id: 'ASC' } })).toEqual(
      areasBefore,
    );
  });

  it('reports an authority the letter names but the database lacks, writing nothing', async () => {
    const text = `${readBundledLetter(LETTER_FILES.kentRating2009)}\nUnknown council.\n`;
    const before = await countRows(dataSource);

    const unresolved = await ingestLetter(
      dataSource,
      { text, fileName: null },
      {
        parse: alteredParse((letter) => {
          letter.authority.laCode = null;
          letter.authority.nameAsWritten = 'Borsetshire County Council';
        }),
      },
    );
    const missing = await ingestLetter(
      dataSource,
      { text, fileName: null },
      {
        parse: alteredParse((letter) => {
          letter.authority.laCode = '999';
        }),
      },
    );

    expect(unresolved).toEqual({
      status: 'failed',
      error: {
        code: 'UNKNOWN_AUTHORITY',
        message: 'The letter is addressed to "Borsetshire County Council", which matches no known local authority',
      },
    });
    expect(missing).toEqual({
      status: 'failed',
      error: {
        code: 'UNKNOWN_AUTHORITY',
        message: 'The letter is addressed to Kent County Council (LA code 999), which is not in the authorities table',
      },
    });
    expect(await countRows(dataSource)).toEqual(before);
  });

  it('refuses a file name too long to store, on both engines alike', async () => {
    const before = await countRows(dataSource);
    const text = `${readBundledLetter(LETTER_FILES.kentRating2009)}\nLong name.\n`;
    expect(await ingestLetter(dataSource, { text, fileName: `${'k'.repeat(300)}.txt` })).toEqual({
      status: 'failed',
      error: { code: 'INVALID_LETTER', message: 'The letter cannot be stored: the file name is longer than 255 characters' },
    });
    expect(await countRows(dataSource)).toEqual(before);
  });

  it("reports text that is not a letter with the parser's code and message", async () => {
    for (const text of ['', 'Shopping list: eggs, milk, bread.']) {
      const parsed = parseLetter(text);
      if (parsed.ok) throw new Error('expected the parser to reject the text');
      expect(await ingestLetter(dataSource, { text, fileName: 'not-a-letter.txt' })).toEqual({ status: 'failed', error: parsed.error });
    }
  });

  it('reports a database it cannot use as a failure instead of throwing', async () => {
    const closed = createDataSource(database.config);
    const outcome = await ingestLetter(closed, { text: readBundledLetter(LETTER_FILES.kentRating2009), fileName: null });
    expect(outcome).toEqual({
      status: 'failed',
      error: { code: 'DATABASE_ERROR', message: 'Database error: the database connection is not open' },
    });
  });

  it('two concurrent ingests of one new letter store it once', async () => {
    const text = `${readBundledLetter(LETTER_FILES.worcestershireRating2009)}\nSent twice.\n`;
    // A parse that differs from the stored letter's, so the copy is a new version rather than the same letter again.
    const parse = (letterText: string): ParseResult => {
      const parsed = parseLetter(letterText);
      if (parsed.ok) parsed.letter.summary = `${parsed.letter.summary} Sent twice.`;
      return parsed;
    };
    const before = await countRows(dataSource);
    const outcomes = await Promise.all([
      ingestLetter(dataSource, { text, fileName: 'twice-a.txt' }, { replace: true, parse }),
      ingestLetter(dataSource, { text, fileName: 'twice-b.txt' }, { replace: true, parse }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['replaced', 'unchanged']);
    expect(await countRows(dataSource)).toEqual({ ...before, sourceLetters: before.sourceLetters + 1 });
  });
});
