import { hashLetterText } from '../../src/ingest/store-letter';

describe('hashLetterText', () => {
  it('gives the hex SHA-256 of the UTF-8 text', () => {
    expect(hashLetterText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes non-ASCII text by its UTF-8 bytes', () => {
    expect(hashLetterText('café')).toBe('850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e');
  });

  it('tells texts apart that differ by one character', () => {
    expect(hashLetterText('Kent County Council.')).not.toBe(hashLetterText('Kent County Council'));
  });
});
