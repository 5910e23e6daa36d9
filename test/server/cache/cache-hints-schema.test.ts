import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { buildAppSchema } from '../../../src/server/app-schema';
import { printAppSchema } from '../../../src/schema/build-schema';

describe('@cacheControl hints in the subgraph SDL', () => {
  let sdl: string;

  beforeAll(async () => {
    sdl = printAppSchema(await buildAppSchema());
  });

  it('declares the directive and carries the hints on historical types and changeable fields', () => {
    expect(sdl).toContain('directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean)');
    for (const type of ['Authority', 'Assessment', 'OutcomeArea', 'SettingJudgement', 'SourceLetter']) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\b[^{]*@cacheControl\\(maxAge: 86400\\)`));
    }
    expect(sdl).toMatch(/\): AuthorityConnection! @cacheControl\(maxAge: 60\)/);
    // Authority.assessments: its arguments are printed with their descriptions, over several lines.
    expect(sdl).toMatch(/\n {2}assessments\([^)]*year: Int[^)]*kind: AssessmentKind[^)]*\): \[Assessment!\]! @cacheControl\(maxAge: 60\)/);
  });

  it('still composes into a supergraph', () => {
    const composition = composeServices([{ name: 'ofsted', typeDefs: parse(sdl), url: 'http://127.0.0.1:4000/graphql' }]);
    expect(composition.errors).toBeUndefined();
  });
});
