import type { DataSource } from 'typeorm';
import { LetterPassage } from '../../../src/entities/index';

/**
 * What a search must find, worked out without any full-text index: every stored passage in
 * which each search word begins some word (letters and digits), ignoring case and accents.
 * Returned as sorted "assessmentId|text" keys, to compare with what the engine found.
 */
export async function passagesContainingAll(dataSource: DataSource, words: readonly string[]): Promise<string[]> {
  const passages = await dataSource.getRepository(LetterPassage).find();
  return passages
    .filter((passage) => {
      const tokens = (passage.text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((token) =>
        token
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase(),
      );
      return words.every((word) => tokens.some((token) => token.startsWith(word)));
    })
    .map((passage) => `${passage.assessmentId}|${passage.text}`)
    .sort();
}
