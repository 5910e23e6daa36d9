import type { DataSource } from 'typeorm';
import { Assessment, Authority } from '../../src/entities';
import { ingestLetter } from '../../src/ingest/ingest-letter';
import { LETTER_FILES, readBundledLetter } from './bundled-letters';
import { authoritiesOf2009, syntheticRatingLetter } from './synthetic-letters';

/** Ingests one letter through the real parser and pipeline; a failure fails the test set-up. */
export async function ingestOrFail(dataSource: DataSource, text: string, fileName: string): Promise<void> {
  const outcome = await ingestLetter(dataSource, { text, fileName });
  if (outcome.status === 'failed') throw new Error(`${fileName} failed to ingest: ${outcome.error.code} ${outcome.error.message}`);
  if (outcome.status === 'conflict') throw new Error(`${fileName} conflicts with stored assessment ${outcome.assessmentId}`);
}

/** Ingests the real letters through the real parser and ingest pipeline. */
export async function loadBundledLetters(dataSource: DataSource): Promise<void> {
  for (const file of Object.values(LETTER_FILES)) await ingestOrFail(dataSource, readBundledLetter(file), file);
}

/** Ingests a synthetic 2009 rating letter for every authority of 2009 that has none yet. */
export async function loadSyntheticRatings(dataSource: DataSource): Promise<void> {
  const rated: Array<{ laCode: string }> = await dataSource
    .getRepository(Assessment)
    .createQueryBuilder('assessment')
    .innerJoin(Authority, 'authority', 'authority.id = assessment.authorityId')
    .select('authority.laCode', 'laCode')
    .where('assessment.year = 2009')
    .getRawMany();
  const alreadyRated = new Set(rated.map((row) => row.laCode));
  for (const authority of authoritiesOf2009().filter((candidate) => !alreadyRated.has(candidate.laCode))) {
    await ingestOrFail(dataSource, syntheticRatingLetter(authority), `synthetic-${authority.laCode}.txt`);
  }
}
