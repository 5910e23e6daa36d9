import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { DatabaseConfig } from '../../src/config';
import { SUMMARY_TABLE } from '../../src/db/summaries/summary-tables';
import { loadBundledLetters } from '../helpers/load-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'main.js');

function databaseUrl(config: DatabaseConfig): string {
  return config.type === 'mysql' ? config.url : `sqlite://${config.file}`;
}

function runCli(args: string[], url: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
}, 180_000);

describe.each(ENGINES)('ofsted-graph rebuild-summaries (%s)', (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadBundledLetters(database.dataSource);
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
  });

  it('finds a wrong summary row with --check-only, and a rebuild puts it right', async () => {
    const url = databaseUrl(database.config);
    expect(runCli(['rebuild-summaries', '--check-only'], url)).toMatchObject({
      status: 0,
      stdout: 'Every aggregate matches a full recount.\n',
    });
    await database.dataSource.query(`UPDATE ${SUMMARY_TABLE.grades} SET grade_4 = grade_4 + 2 WHERE year = 2009`);
    const wrong = runCli(['rebuild-summaries', '--check-only'], url);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/aggregate\(s\) differ from a full recount/);

    const rebuilt = runCli(['rebuild-summaries', '--check'], url);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stdout).toMatch(
      /^Rebuilt the summaries in \d+ ms \(rows: population \d+, grades \d+, settingCoverage \d+, settingJudgements \d+\)\.\n/,
    );
    expect(rebuilt.stdout).toContain('Every aggregate matches a full recount.');
  }, 120_000);
});
