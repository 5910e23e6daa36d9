import { ENGINES } from '../helpers/test-database';
import { useTestServer, type GraphQLResponse } from '../helpers/test-server';

const ASSESSMENTS = /* GraphQL */ `
  query Assessments($filter: AssessmentFilter, $orderBy: AssessmentOrder) {
    assessments(first: 1, filter: $filter, orderBy: $orderBy) {
      totalCount
    }
  }
`;

const AUTHORITIES = /* GraphQL */ `
  query Authorities($filter: AuthorityFilter, $orderBy: AuthorityOrder) {
    authorities(first: 1, filter: $filter, orderBy: $orderBy) {
      totalCount
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query Search($filter: SearchFilter) {
    search(text: "safeguarding", first: 1, filter: $filter) {
      edges {
        cursor
      }
    }
  }
`;

/** The property path of each failed rule, e.g. "filter.minGrade", from type-graphql's validation errors. */
interface ValidationErrorShape {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorShape[];
}

function failedPaths(errors: ValidationErrorShape[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [path] : [];
    return [...own, ...failedPaths(error.children ?? [], path)];
  });
}

function expectRejected(response: GraphQLResponse, path: string): void {
  expect(response.body.data ?? null).toBeNull();
  const [error] = response.body.errors ?? [];
  expect(error?.message).toBe('Argument Validation Error');
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(failedPaths((error?.extensions?.validationErrors ?? []) as ValidationErrorShape[])).toEqual([path]);
}

function expectAccepted(response: GraphQLResponse): void {
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
}

describe.each(ENGINES)('validation of nested filter and order inputs on %s', (engine) => {
  const api = useTestServer(engine);

  it.each([
    ['minGrade', 9],
    ['minGrade', 0],
    ['maxGrade', 5],
    ['maxGrade', -1],
    ['year', 99_999],
    ['year', 0],
    ['year', 2004],
    ['year', 2010],
  ])('assessments rejects filter.%s = %d', async (field, value) => {
    expectRejected(await api.graphql(ASSESSMENTS, { filter: { [field]: value } }), `filter.${field}`);
  });

  it('assessments accepts the edges of every range', async () => {
    expectAccepted(await api.graphql(ASSESSMENTS, { filter: { minGrade: 1, maxGrade: 4, year: 2009 } }));
    expectAccepted(await api.graphql(ASSESSMENTS, { filter: { minGrade: 4, maxGrade: 1, year: 2005 } }));
    expectAccepted(await api.graphql(ASSESSMENTS, { filter: { year: 2009, region: 'Yorkshire and the Humber' } }));
  });

  it("assessments rejects a region that is not one of England's nine", async () => {
    expectRejected(await api.graphql(ASSESSMENTS, { filter: { region: 'x'.repeat(121) } }), 'filter.region');
    expectRejected(await api.graphql(ASSESSMENTS, { filter: { region: 'Wales' } }), 'filter.region');
  });

  // Below the list-item cap (MAX_VARIABLE_LIST_ITEMS), so the input's own validation answers.
  it('refuses 15,000 DfE codes as bad input instead of sending them to the database', async () => {
    const laCodes = Array.from({ length: 15_000 }, (_, index) => String(index));
    const response = await api.graphql(AUTHORITIES, { filter: { laCodes } });
    expectRejected(response, 'filter.laCodes');
    expect(JSON.stringify(response.body)).not.toMatch(/INTERNAL_SERVER_ERROR|SQL variables/);
    // The error names the field and the rule; it does not echo 15,000 codes back.
    expect(JSON.stringify(response.body).length).toBeLessThan(2_000);
  });

  it('accepts 500 DfE codes and refuses 501', async () => {
    const codes = (count: number): string[] => Array.from({ length: count }, (_, index) => String(800 + index));
    const five = await api.graphql<{ authorities: { totalCount: number } }>(AUTHORITIES, { filter: { laCodes: codes(500) } });
    expectAccepted(five);
    expect(five.body.data?.authorities.totalCount).toBeGreaterThan(0);
    expectRejected(await api.graphql(AUTHORITIES, { filter: { laCodes: codes(501) } }), 'filter.laCodes');
  });

  it.each([
    ['nameContains', 'empty', ''],
    ['nameContains', '121 characters', 'k'.repeat(121)],
    ['region', '121 characters', 'r'.repeat(121)],
    ['region', 'not a region', 'Scotland'],
    ['ratedIn', '99999', 99_999],
    ['ratedIn', '-2009', -2009],
    ['ratedIn', '2010', 2010],
  ])('authorities rejects filter.%s: %s', async (field, _label, value) => {
    expectRejected(await api.graphql(AUTHORITIES, { filter: { [field]: value } }), `filter.${field}`);
  });

  it('authorities accepts the edges of every range', async () => {
    expectAccepted(await api.graphql(AUTHORITIES, { filter: { nameContains: 'k'.repeat(120), ratedIn: 2005 } }));
    expectAccepted(await api.graphql(AUTHORITIES, { filter: { nameContains: 'k', ratedIn: 2009, region: 'east of england' } }));
  });

  it.each([
    ['year', '12345', 12_345],
    ['year', '2010', 2010],
    ['region', '121 characters', 'r'.repeat(121)],
  ])('search rejects filter.%s: %s', async (field, _label, value) => {
    expectRejected(await api.graphql(SEARCH, { filter: { [field]: value } }), `filter.${field}`);
  });

  it('runs the order inputs through validation and accepts every field and direction', async () => {
    for (const field of ['YEAR', 'GRADE', 'PUBLISHED_ON']) {
      for (const direction of ['ASC', 'DESC']) expectAccepted(await api.graphql(ASSESSMENTS, { orderBy: { field, direction } }));
    }
    for (const field of ['NAME', 'LA_CODE', 'REGION']) expectAccepted(await api.graphql(AUTHORITIES, { orderBy: { field } }));
    const unknownField = await api.graphql(ASSESSMENTS, { orderBy: { field: 'SIZE' } });
    expect(unknownField.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports every broken rule of a filter at once', async () => {
    const response = await api.graphql(ASSESSMENTS, { filter: { minGrade: 9, maxGrade: 0, year: 1 } });
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(failedPaths(error?.extensions?.validationErrors as ValidationErrorShape[]).sort()).toEqual([
      'filter.maxGrade',
      'filter.minGrade',
      'filter.year',
    ]);
  });
});
