import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { Assessment, OutcomeArea, SettingJudgement, SourceLetter } from '../../src/entities';

/** The five real letters the server loads at start-up. */
export const BUNDLED_LETTERS_DIR = path.resolve(__dirname, '../../letters');

export const LETTER_FILES = {
  bathRating2009: '000_17a4590a237525fb.txt',
  bathApa2006: '001_e2f644057def782b.txt',
  worcestershireRating2009: '002_b774c7640ba4b2c6.txt',
  dorsetRating2009: '003_87302fd0eb7a51ec.txt',
  kentRating2009: '004_5ab39e3c457a8afd.txt',
} as const;

/** Reads one bundled letter's text. */
export function readBundledLetter(file: string): string {
  return readFileSync(path.join(BUNDLED_LETTERS_DIR, file), 'utf8');
}

export interface RowCounts {
  sourceLetters: number;
  assessments: number;
  outcomeAreas: number;
  settingJudgements: number;
}

/** How many rows each letter table holds. */
export async function countRows(dataSource: DataSource): Promise<RowCounts> {
  return {
    sourceLetters: await dataSource.getRepository(SourceLetter).count(),
    assessments: await dataSource.getRepository(Assessment).count(),
    outcomeAreas: await dataSource.getRepository(OutcomeArea).count(),
    settingJudgements: await dataSource.getRepository(SettingJudgement).count(),
  };
}
