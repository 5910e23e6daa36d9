import { DEFAULT_LOAD_LIMITS, type LoadLimits } from '../../../src/config';
import { type GraphQLResponse, postGraphQL } from '../../helpers/graphql-over-http';

/** Every setting a summary can be asked for; the aliases cycle through them. */
const SETTINGS = [
  'EARLY_YEARS',
  'NURSERIES',
  'CHILDCARE',
  'CHILDMINDERS',
  'PRIMARY_SCHOOLS',
  'SECONDARY_SCHOOLS',
  'SPECIAL_SCHOOLS',
  'PUPIL_REFERRAL_UNITS',
  'FOSTERING_SERVICE',
  'ADOPTION_AGENCY',
];

/** As many aliased summaries as the cost limit lets one query hold: 74, two statements each. */
export const ABUSIVE_ALIASES = 74;

/**
 * The query of the reported attack: 74 aliases of `settingJudgementSummary`, each sending its own
 * two statements, 148 in all, legal under the cost limit. `tag` makes every request's text
 * unique, so neither the response cache nor single flight can answer it for free.
 */
export function abusiveQuery(tag: string): string {
  const fields = Array.from(
    { length: ABUSIVE_ALIASES },
    (_, index) => `${tag}_${index}: settingJudgementSummary(setting: ${SETTINGS[index % SETTINGS.length]}, year: 2009) { key }`,
  );
  return `{ ${fields.join(' ')} }`;
}

/** What an innocent client asks while the attack runs: a council page. */
export const COUNCIL_PAGE = '{ authority(laCode: "886") { name region assessments { year overallGrade } } }';

/** The default limits with a budget no test reaches: what is left to protect the innocent is the queue and the statement budget. */
export const UNLIMITED_BUDGET: LoadLimits = { ...DEFAULT_LOAD_LIMITS, costBudget: 1e12 };

/** One answer, with how long it took. */
export interface Timed {
  status: number;
  code: string | undefined;
  ms: number;
  response: GraphQLResponse;
}

export async function timedPost(url: string, query: string, headers: Record<string, string> = {}): Promise<Timed> {
  const started = performance.now();
  const response = await postGraphQL<Record<string, unknown>>(url, query, undefined, headers);
  const code = response.body.errors?.[0]?.extensions?.code;
  return { status: response.status, code: typeof code === 'string' ? code : undefined, ms: performance.now() - started, response };
}

/** Counts of each HTTP status among answers. */
export function statusCounts(answers: Timed[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/**
 * A client looping `query(n)` on `parallel` connections until `until()` says stop, as the
 * reported attackers did; every answer is kept.
 */
export async function loopClient(
  url: string,
  headers: Record<string, string>,
  parallel: number,
  query: (n: number) => string,
  until: () => boolean,
): Promise<Timed[]> {
  const answers: Timed[] = [];
  let sent = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (!until()) {
        sent += 1;
        answers.push(await timedPost(url, query(sent), headers));
      }
    }),
  );
  return answers;
}
