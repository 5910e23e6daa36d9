import { Judgement } from '../../domain/enums';

/**
 * Judgement phrases: how a letter grades a setting, as lower-case word sequences. "Good or
 * better" and "adequately or better" are judgements of their own; "performs well" is the
 * rating's way of saying good.
 */
export const JUDGEMENT_PHRASES: ReadonlyArray<{ judgement: Judgement; phrases: readonly string[] }> = [
  {
    judgement: Judgement.GOOD_OR_BETTER,
    phrases: ['good or better', 'good or outstanding', 'at least good', 'good or excellent', 'well or better'],
  },
  {
    judgement: Judgement.ADEQUATE_OR_BETTER,
    phrases: [
      'adequate or better', 'adequately or better', 'satisfactory or better', 'satisfactorily or better',
      'at least adequate', 'at least satisfactory', 'adequate or good',
    ],
  },
  { judgement: Judgement.OUTSTANDING, phrases: ['outstanding', 'excellent', 'outstandingly'] },
  { judgement: Judgement.GOOD, phrases: ['good'] },
  { judgement: Judgement.ADEQUATE, phrases: ['adequate', 'adequately', 'satisfactory', 'satisfactorily'] },
  { judgement: Judgement.INADEQUATE, phrases: ['inadequate', 'inadequately', 'unsatisfactory', 'poor'] },
];

const PERFORM_VERBS = ['perform', 'performs', 'performing', 'performed'];
const PERFORM_ADVERBS: ReadonlyArray<[string, Judgement]> = [
  ['excellently', Judgement.OUTSTANDING],
  ['well', Judgement.GOOD],
  ['adequately', Judgement.ADEQUATE],
  ['poorly', Judgement.INADEQUATE],
];

/** "performs well" and its kin, which carry their own verb. */
export const PERFORM_PHRASES: ReadonlyArray<{ judgement: Judgement; phrases: readonly string[] }> = PERFORM_ADVERBS.map(
  ([adverb, judgement]) => ({ judgement, phrases: PERFORM_VERBS.map((verb) => `${verb} ${adverb}`) }),
);

/** Verbs (and their helpers) that join a setting to its judgement: "are", "was judged to be". */
export const LINK_WORDS = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'judged', 'found', 'rated', 'graded',
  'assessed', 'considered', 'conducted', 'remain', 'remains', 'remained', 'continue', 'continues', 'seen', 'deemed',
  // Inspections "resulted in a judgement of good", settings "received a grade of outstanding".
  'resulted in', 'received', 'a judgement of', 'judgements of', 'a grade of', 'grades of', 'a rating of',
];

/** Words that may sit anywhere in a statement without changing it. */
export const FILLER_WORDS = [
  'currently', 'now', 'also', 'still', 'mostly', 'generally', 'consistently', 'overall', 'however', 'each',
  'themselves', 'either', 'therefore', 'already', 'largely', 'predominantly', 'to', 'by', 'inspectors', 'ofsted',
  'most', 'recently', 'similarly', 'likewise', 'again', 'typically', 'broadly',
  // "All four special schools are good, one of them outstanding": the count is of the settings just judged.
  'of them', 'of these',
];

/** Words that end a clause: a statement never runs across them. */
export const CLAUSE_BREAKS = ['although', 'though', 'while', 'whilst', 'whereas', 'but', 'because', 'yet', 'so', 'unless', 'except'];

/** Words that may follow a judgement that is the predicate of its clause ("are good in ..."). */
export const PREDICATE_FOLLOWERS = [
  'and', 'or', 'in', 'at', 'on', 'for', 'with', 'by', 'when', 'as', 'than', 'since', 'across', 'during', 'following',
  'according', 'from', 'compared', 'too', 'both', 'although', 'though', 'while', 'whilst', 'but', 'overall', 'however',
  'because', 'where', 'which', 'this', 'last', 'at', 'whereas', 'apart', 'except', 'throughout', 'within', 'now',
  'currently', 'so', 'yet', 'against', 'among', 'amongst', 'under', 'after', 'before', 'until',
  // "None of the nine inspections found inadequate provision": the judgement of provision is the setting's.
  'provision',
];

/** Words that cancel the judgement they precede ("not as good"). */
export const NEGATIONS = ['not', 'never', "isn't", "aren't", 'nor', 'no longer'];
