import { SourceLetter } from '../../src/entities/index';
import { ingestLetter } from '../../src/ingest/ingest-letter';
import { DEFAULT_REQUEST_LIMITS } from '../../src/config';
import { jsonTextBytes } from '../../src/domain/json-text-bytes';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { ENGINES } from '../helpers/test-database';
import { useTestServer } from '../helpers/test-server';

/** Kent's real letter with an annex of minutes after it: about 5 MB, under the 5 MiB a letter may be. */
function fiveMegabyteLetter(): string {
  const kent = readBundledLetter(LETTER_FILES.kentRating2009);
  const line = 'Officers kept the minutes of every meeting in the archive of the council.\n';
  return `${kent}\n\n${line.repeat(Math.ceil((5_000_000 - kent.length) / line.length))}`;
}

const LETTER = fiveMegabyteLetter();

/** `count` representations of one assessment, each asking for its letter's text: a legal request by its cost. */
const ENTITIES = /* GraphQL */ `
  query Letters($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Assessment {
        id
        sourceLetter {
          text
        }
      }
    }
  }
`;

function aliases(count: number, id: string): string {
  const fields = Array.from({ length: count }, (_, index) => `a${index}: assessment(id: "${id}") { sourceLetter { text } }`);
  return `query Aliased { ${fields.join(' ')} }`;
}

describe.each(ENGINES)('the answer byte budget on %s', (engine) => {
  let assessmentId = '';
  const api = useTestServer(engine, {
    seed: async ({ database }) => {
      const outcome = await ingestLetter(database.dataSource, { text: LETTER, fileName: 'kent-with-annex.txt' });
      if (outcome.status !== 'ingested') throw new Error(`the 5 MB letter was not stored: ${outcome.status}`);
      assessmentId = String(outcome.assessmentId);
    },
  });

  const representations = (count: number): Array<Record<string, string>> =>
    Array.from({ length: count }, () => ({ __typename: 'Assessment', id: assessmentId }));

  async function healthy(): Promise<void> {
    const health = await fetch(new URL('/healthz', api.server.url));
    expect(health.status).toBe(200);
    const small = await api.graphql<{ assessment: { year: number } }>(`{ assessment(id: "${assessmentId}") { year } }`);
    expect(small.status).toBe(200);
    expect(small.body.data?.assessment.year).toBe(2009);
  }

  it('stores the size each letter takes in an answer with the letter', async () => {
    const stored = await api.database.dataSource.getRepository(SourceLetter).findOneByOrFail({ fileName: 'kent-with-annex.txt' });
    expect(LETTER.length).toBeGreaterThan(4_900_000);
    expect(stored.textJsonBytes).toBe(jsonTextBytes(LETTER));
    expect(stored.textJsonBytes).toBe(Buffer.byteLength(JSON.stringify(LETTER)));
  });

  it('answers the 5 MB letter asked for once', async () => {
    const response = await api.graphql<{ assessment: { sourceLetter: { text: string } } }>(
      `{ assessment(id: "${assessmentId}") { sourceLetter { text } } }`,
    );
    expect(response.status).toBe(200);
    expect(response.body.data?.assessment.sourceLetter.text).toBe(LETTER);
  });

  it('refuses _entities asking for the letter 60 times with RESPONSE_TOO_LARGE, before building the answer', async () => {
    const response = await api.graphql(ENTITIES, { representations: representations(60) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: expect.stringContaining(`more than ${DEFAULT_REQUEST_LIMITS.maxResponseBytes} bytes`),
          extensions: { code: 'RESPONSE_TOO_LARGE', maximumBytes: DEFAULT_REQUEST_LIMITS.maxResponseBytes },
        },
      ],
      // What the refused request cost the client, as every costed answer says.
      extensions: { cost: expect.objectContaining({ requestedQueryCost: expect.any(Number) }) },
    });
    // Nothing of the letter reaches the client: the refusal is a few hundred bytes, not 60 copies.
    expect(JSON.stringify(response.body).length).toBeLessThan(1_000);
    await healthy();
  });

  it('refuses the largest _entities the cost allows, three at once, and stays healthy', async () => {
    const responses = await Promise.all([1, 2, 3].map(() => api.graphql(ENTITIES, { representations: representations(500) })));
    for (const response of responses) {
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['RESPONSE_TOO_LARGE']);
      expect(response.body.data).toBeUndefined();
    }
    await healthy();
  });

  it('refuses aliases of one letter the same way', async () => {
    const response = await api.graphql(aliases(10, assessmentId));
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['RESPONSE_TOO_LARGE']);
    expect(response.body.data).toBeUndefined();
    await healthy();
  });

  it('answers six copies, which fit in the budget', async () => {
    const response = await api.graphql<Record<string, { sourceLetter: { text: string } }>>(aliases(6, assessmentId));
    expect(response.status).toBe(200);
    expect(Object.values(response.body.data ?? {}).map((field) => field.sourceLetter.text.length)).toEqual(Array(6).fill(LETTER.length));
  });
});
