import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SCHEMA_FILE } from '../../src/schema/build-schema';

const ROOT = path.resolve(__dirname, '../..');
const GENERATED_DIR = 'examples/generated';

/** Runs graphql-codegen as `npm run codegen` would, but keeps the output in memory. */
async function generateInMemory(): Promise<Map<string, string>> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'print-generated.mjs')], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const outputs = JSON.parse(stdout) as Array<{ filename: string; content: string }>;
  return new Map(outputs.map((output) => [path.relative(ROOT, path.resolve(ROOT, output.filename)), output.content]));
}

describe('typed documents for the example operations', () => {
  let generated: Map<string, string>;

  beforeAll(async () => {
    // codegen skips a schema file that is not there and then fails on "Unknown type", which misleads.
    if (!existsSync(path.join(ROOT, SCHEMA_FILE))) throw new Error(`${SCHEMA_FILE} is missing: run \`npm run schema:emit\``);
    generated = await generateInMemory();
  }, 60_000);

  it(`${GENERATED_DIR} is what codegen makes of the committed schema (run \`npm run codegen\` after changing either)`, () => {
    const committedFiles = readdirSync(path.join(ROOT, GENERATED_DIR))
      .map((name) => path.join(GENERATED_DIR, name))
      .sort();
    expect([...generated.keys()].sort()).toEqual(committedFiles);
    for (const [file, content] of generated) {
      expect(existsSync(path.join(ROOT, file))).toBe(true);
      expect(readFileSync(path.join(ROOT, file), 'utf8')).toBe(content);
    }
  });

  it('has a typed document for every kind of user', () => {
    const documents = generated.get(path.join(GENERATED_DIR, 'graphql.ts')) ?? '';
    expect(documents).toContain('export const AuthorityPageDocument');
    expect(documents).toContain('DocumentNode<AuthorityPageQuery, AuthorityPageQueryVariables>');
    expect(documents).toContain('export const RatingDistributionByRegionDocument');
    expect(documents).toContain('export const LetterSearchDocument');
  });

  it('type-check in an ES module project under moduleResolution NodeNext', async () => {
    // A client project as many start today: "type": "module", strict, NodeNext resolution,
    // which refuses relative imports without their .js extension.
    const project = mkdtempSync(path.join(tmpdir(), 'nodenext-client-'));
    try {
      for (const name of readdirSync(path.join(ROOT, GENERATED_DIR))) {
        copyFileSync(path.join(ROOT, GENERATED_DIR, name), path.join(project, name));
      }
      writeFileSync(path.join(project, 'package.json'), JSON.stringify({ type: 'module' }));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
      const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
      const files = readdirSync(project).filter((name) => name.endsWith('.ts'));
      const result = await promisify(execFile)(process.execPath, [tsc, ...flags, ...files], { cwd: project }).catch(
        (error: { stdout: string }) => ({ stdout: error.stdout }),
      );
      expect(result.stdout).toBe('');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);
});
