import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema } from '../../src/server/app-schema';
import { printAppSchema, SCHEMA_FILE } from '../../src/schema/build-schema';

describe('committed SDL', () => {
  it(`${SCHEMA_FILE} is what the code builds (run \`npm run schema:emit\` after a schema change)`, async () => {
    const committed = readFileSync(path.resolve(__dirname, '../..', SCHEMA_FILE), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });

  it('uses the names other teams depend on', async () => {
    const sdl = printAppSchema(await buildAppSchema());
    for (const fixed of [
      'type Authority',
      'type Assessment',
      'type OutcomeArea',
      'type SettingJudgement',
      'ingestLetter(',
      'input AuthorityFilter',
      'input AssessmentFilter',
    ]) {
      expect(sdl).toContain(fixed);
    }
  });
});
