import path from 'node:path';
import { scoreSet, type Tally } from '../../src/bench/score-letters';

const SETS = path.join(__dirname, '..', 'fixtures', 'letters');

/**
 * The blind sets' scores, exactly (test/fixtures/letters/blind-scores.md says how they were
 * written and what each figure means). A change to the parser that reads more moves these
 * figures up and this table with them; one that loses a judgement, invents one, or lets a
 * miss go unwarned fails here, naming the letter.
 */
const SCORES: ReadonlyArray<[set: string, tally: Tally, misses: string[]]> = [
  [
    'blind-2',
    {
      coreRight: 172,
      coreTotal: 172,
      judgementsMatched: 200,
      judgementsRequired: 200,
      judgementsProduced: 200,
      itemsFound: 178,
      itemsExpected: 178,
      refusedRight: 3,
      refusedTotal: 3,
      lettersRefused: 0,
      lettersWithMiss: 0,
      lettersWithMissCovered: 0,
      completeLetters: 17,
      warningsOnCompleteLetters: 0,
    },
    [],
  ],
  [
    'blind-3',
    {
      coreRight: 74,
      coreTotal: 74,
      judgementsMatched: 76,
      judgementsRequired: 77,
      judgementsProduced: 77,
      itemsFound: 91,
      itemsExpected: 91,
      refusedRight: 1,
      refusedTotal: 1,
      lettersRefused: 0,
      lettersWithMiss: 1,
      lettersWithMissCovered: 0,
      completeLetters: 6,
      warningsOnCompleteLetters: 0,
    },
    [
      'rating-2009-medway.html: [judgement, SILENT] missed CHILDRENS_HOMES/GOOD////INSPECTION',
      'rating-2009-medway.html: [invented, SILENT] invented CHILDRENS_HOMES/GOOD/1/1//INSPECTION',
    ],
  ],
  [
    'blind-4',
    {
      coreRight: 84,
      coreTotal: 84,
      judgementsMatched: 133,
      judgementsRequired: 134,
      judgementsProduced: 133,
      itemsFound: 58,
      itemsExpected: 58,
      refusedRight: 1,
      refusedTotal: 1,
      lettersRefused: 0,
      lettersWithMiss: 1,
      lettersWithMissCovered: 1,
      completeLetters: 8,
      warningsOnCompleteLetters: 0,
    },
    ['b4_07_3a8e5f61.docx: [judgement, warned] missed SERIOUS_CASE_REVIEWS/INADEQUATE/1/2//INSPECTION'],
  ],
];

describe('the parser on the blind sets', () => {
  it.each(SCORES)('scores %s as recorded', async (set, tally, misses) => {
    const score = await scoreSet(path.join(SETS, set));
    expect(score.misses).toEqual(misses);
    expect(score.tally).toEqual(tally);
  });
});
