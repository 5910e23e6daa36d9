import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { responseNamespace } from '../../src/server/cache/server-caches';
import { createRedisCache } from '../../src/server/cache/server-caches';
import type { DatabaseConfig } from '../../src/config';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';
import { BUNDLED_LETTERS_DIR, countRows, LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { toUtf16LeWithBom, toWindows1252 } from '../ingest/encoded-copies';
import { AssessmentRevision } from '../../src/entities/index';
import { fingerprintTables } from '../helpers/table-fingerprint';
import { uniqueNamespace } from '../server/cache/caching-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'main.js');

function databaseUrl(config: DatabaseConfig): string {
  return config.type === 'mysql' ? config.url : `sqlite://${config.file}`;
}

/** Runs the built CLI as a user would, with output piped (so never a terminal). */
function runCli(args: string[], url: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
}, 180_000);

describe('ofsted-graph migrate', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'og-cli-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the migrations it ran, then says there are none pending', () => {
    const url = `sqlite://${path.join(dir, 'fresh.sqlite')}`;
    const first = runCli(['migrate'], url);
    expect(first).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        `Database: SQLite file ${path.join(dir, 'fresh.sqlite')}`,
        'Ran 10 migration(s):',
        '  InitialSchema1732000000000',
        '  ReferenceAuthorities1732000000001',
        '  LetterPassages1732000000100',
        '  AuthorityEstablishedOn1732000000200',
        '  AssessmentRevisions1732000000300',
        '  AggregateSummaries1732000000400',
        '  AssessmentQuality1732000000500',
        '  MroongaSearch1732000000600',
        '  IncompleteCounts1732000000700',
        '  LetterTextJsonBytes1732000000800',
        '',
      ].join('\n'),
    });
    const second = runCli(['migrate'], url);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('No pending migrations: the database is up to date.');
  });

  it('never prints a MySQL password', () => {
    const result = runCli(['migrate'], 'mysql://root:s3cret@127.0.0.1:1/nowhere');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('Database: MySQL mysql://root:***@127.0.0.1:1/nowhere\n');
    expect(result.stderr).toContain('ECONNREFUSED');
    expect(result.stdout + result.stderr).not.toContain('s3cret');
  });
});

describe.each(ENGINES)('ofsted-graph ingest on %s', (engine) => {
  let database: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    folder = mkdtempSync(path.join(os.tmpdir(), 'og-cli-ingest-'));
    for (const file of Object.values(LETTER_FILES)) copyFileSync(path.join(BUNDLED_LETTERS_DIR, file), path.join(folder, file));
    writeFileSync(path.join(folder, 'zz-minutes.txt'), 'Minutes of the allotment society, March meeting.');
  });

  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints a line per file, a summary and a table of what each file gave, and leaves a document that is not a letter alone', async () => {
    const result = runCli(['ingest', folder], databaseUrl(database.config));
    const [target, ...lines] = result.stdout.trimEnd().split('\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    // The database it writes to comes first, so a shell without DATABASE_URL is noticed at once.
    expect(target).toBe(
      database.config.type === 'mysql' ? `Database: MySQL ${database.config.url}` : `Database: SQLite file ${database.config.file}`,
    );
    expect(lines.slice(0, 6)).toEqual([
      `[1/6] ${folder}/${LETTER_FILES.bathRating2009}: ingested   Bath and North East Somerset Council, annual rating 2009 (assessment 1)`,
      `[2/6] ${folder}/${LETTER_FILES.bathApa2006}: ingested   Bath and North East Somerset Council, APA 2006 (assessment 2)`,
      `[3/6] ${folder}/${LETTER_FILES.worcestershireRating2009}: ingested   Worcestershire County Council, annual rating 2009 (assessment 3)`,
      `[4/6] ${folder}/${LETTER_FILES.dorsetRating2009}: ingested   Dorset County Council, annual rating 2009 (assessment 4)`,
      `[5/6] ${folder}/${LETTER_FILES.kentRating2009}: ingested   Kent County Council, annual rating 2009 (assessment 5)`,
      `[6/6] ${folder}/zz-minutes.txt: skipped    not a letter (NOT_A_LETTER: no APA or children's services annual rating title: not an Ofsted children's services letter)`,
    ]);
    expect(lines.slice(6, 8)).toEqual([
      '6 files: 5 ingested, 0 replaced, 0 unchanged, 0 conflicted, 0 failed, 1 not a letter',
      `Not letters (read and left alone; name a file to have it fail): ${folder}/zz-minutes.txt`,
    ]);
    expect(lines[8]).toBe('');
    const table = lines.slice(9).map((line) => line.split(/ {2,}/));
    // Rows fit 100 columns: a long path keeps its end (the file name), a long name its start.
    for (const line of lines.slice(9)) expect(line.length).toBeLessThanOrEqual(100);
    const row = (file: string, ...rest: unknown[]) => [
      expect.stringMatching(new RegExp(`${file.slice(-11).replace(/\./g, '\\.')}$`)),
      ...rest,
    ];
    const settings = expect.stringMatching(/^[1-9]\d*$/);
    const starts = (name: string) => expect.stringMatching(new RegExp(`^${name.slice(0, 12)}`));
    expect(table).toEqual([
      ['file', 'outcome', 'letter', 'authority', 'grade', 'areas', 'items', 'settings', 'warnings'],
      row(
        LETTER_FILES.bathRating2009,
        'ingested',
        'rating 2009',
        starts('Bath and North East Somerset Council'),
        '3',
        '0',
        '0',
        settings,
        '0',
      ),
      row(
        LETTER_FILES.bathApa2006,
        'ingested',
        'APA 2006',
        starts('Bath and North East Somerset Council'),
        '3',
        '6',
        expect.stringMatching(/^[1-9]\d+$/),
        '0',
        '0',
      ),
      row(
        LETTER_FILES.worcestershireRating2009,
        'ingested',
        'rating 2009',
        starts('Worcestershire County Council'),
        '2',
        '0',
        '0',
        settings,
        '0',
      ),
      row(LETTER_FILES.dorsetRating2009, 'ingested', 'rating 2009', starts('Dorset County Council'), '3', '0', '0', settings, '0'),
      row(
        LETTER_FILES.kentRating2009,
        'ingested',
        'rating 2009',
        starts('Kent County Council'),
        '3',
        '0',
        '0',
        expect.stringMatching(/^1\d$/),
        '0',
      ),
      row('zz-minutes.txt', 'skipped', '-', '-', '-', '-', '-', '-', '-'),
    ]);
    expect(result.stdout).not.toContain('\u001b[');
    expect((await countRows(database.dataSource)).assessments).toBe(5);
  });

  it('finds every letter unchanged on a second run and exits 0', async () => {
    const result = runCli(['ingest', ...Object.values(LETTER_FILES).map((file) => path.join(folder, file))], databaseUrl(database.config));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\n5 files: 0 ingested, 0 replaced, 5 unchanged, 0 conflicted, 0 failed\n');
    expect(result.stdout.match(/: unchanged {2}/g)).toHaveLength(5);
  });

  it('refuses a different letter for a stored assessment (exit 2, nothing written) until --replace, then keeps both versions', async () => {
    const corrections = path.join(folder, 'corrections');
    mkdirSync(corrections);
    const corrected = path.join(corrections, 'kent-corrected.txt');
    writeFileSync(corrected, readBundledLetter(LETTER_FILES.kentRating2009).replace('Performs well (3)', 'Performs excellently (4)'));
    const before = await fingerprintTables(database.dataSource);

    const refused = runCli(['ingest', corrections], databaseUrl(database.config));

    expect(refused.status).toBe(2);
    const conflict = `${corrected}: would replace Kent County Council, annual rating 2009 (assessment 5), which holds ${LETTER_FILES.kentRating2009}`;
    expect(refused.stdout).toContain(
      [
        '1 file: 0 ingested, 0 replaced, 0 unchanged, 1 conflicted, 0 failed',
        'Conflicts (nothing stored; ingest again with --replace to store them as new versions):',
        `  ${conflict}`,
      ].join('\n'),
    );
    expect(await fingerprintTables(database.dataSource)).toEqual(before);

    const replaced = runCli(['ingest', '--replace', corrections], databaseUrl(database.config));
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain(`${corrected}: replaced   Kent County Council, annual rating 2009 (assessment 5)`);
    const revisions = await database.dataSource
      .getRepository(AssessmentRevision)
      .find({ where: { assessmentId: 5 }, order: { number: 'ASC' } });
    expect(revisions.map((revision) => [revision.number, revision.overallGrade])).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  it("leaves the project's own README in a folder alone (exit 0, nothing written), and fails it when named", async () => {
    const docs = path.join(folder, 'docs');
    mkdirSync(docs);
    const readme = path.join(docs, 'README.md');
    copyFileSync(path.join(ROOT, 'README.md'), readme);
    const before = await fingerprintTables(database.dataSource);

    const inFolder = runCli(['ingest', docs], databaseUrl(database.config));
    expect(inFolder.status).toBe(0);
    expect(inFolder.stdout).toContain('\n1 file: 0 ingested, 0 replaced, 0 unchanged, 0 conflicted, 0 failed, 1 not a letter\n');
    expect(inFolder.stdout).toContain(`${readme}: skipped    not a letter (NOT_A_LETTER: `);

    const named = runCli(['ingest', readme], databaseUrl(database.config));
    expect(named.status).toBe(1);
    expect(named.stdout).toContain('\n1 file: 0 ingested, 0 replaced, 0 unchanged, 0 conflicted, 1 failed\n');
    expect(named.stdout).toContain(`Failed:\n  ${readme}: NOT_A_LETTER: `);
    expect(await fingerprintTables(database.dataSource)).toEqual(before);
  });

  it('parses and ingests UTF-16 and Windows-1252 copies as their UTF-8 originals', () => {
    const copies = path.join(folder, 'copies');
    mkdirSync(copies);
    const utf16 = path.join(copies, 'kent-utf16.txt');
    const windows1252 = path.join(copies, 'bath-apa-1252.txt');
    writeFileSync(utf16, toUtf16LeWithBom(readBundledLetter(LETTER_FILES.kentRating2009)));
    writeFileSync(windows1252, toWindows1252(readBundledLetter(LETTER_FILES.bathApa2006)));

    const parsed = runCli(['parse', utf16, windows1252], databaseUrl(database.config));
    expect(parsed.status).toBe(0);
    const original = (file: string): ParsedLetter => {
      const result = parseLetter(readBundledLetter(file));
      if (!result.ok) throw new Error(`${file} no longer parses`);
      return result.letter;
    };
    expect(JSON.parse(parsed.stdout)).toEqual(
      JSON.parse(
        JSON.stringify([
          { file: utf16, ...original(LETTER_FILES.kentRating2009) },
          { file: windows1252, ...original(LETTER_FILES.bathApa2006) },
        ]),
      ),
    );

    const ingested = runCli(['ingest', copies], databaseUrl(database.config));
    expect(ingested.status).toBe(0);
    expect(ingested.stdout).toContain('\n2 files: 0 ingested, 0 replaced, 2 unchanged, 0 conflicted, 0 failed\n');
  });

  it('reports a path that does not exist and exits 1', () => {
    const missing = path.join(folder, 'missing');
    const result = runCli(['ingest', missing], databaseUrl(database.config));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`  ${missing}: FILE_NOT_FOUND: No such file or folder`);
  });
});

describe('ofsted-graph ingest with REDIS_URL', () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

  it('clears the shared response cache of its own namespace when it stored something, and no other', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'og-cli-redis-'));
    // A namespace of its own (REDIS_NAMESPACE): the default one belongs to whatever servers share
    // this Redis, and their ingests would clear the sentinel while this test looks at it.
    const namespace = uniqueNamespace();
    const neighbour = uniqueNamespace();
    const responses = createRedisCache(redisUrl, responseNamespace(namespace));
    const neighbours = createRedisCache(redisUrl, responseNamespace(neighbour));
    const env = { REDIS_URL: redisUrl, REDIS_NAMESPACE: namespace };
    try {
      await responses.cache.set('sentinel', 'a cached response');
      await neighbours.cache.set('sentinel', "another deployment's response");
      const url = `sqlite://${path.join(dir, 'cli.sqlite')}`;
      const letter = path.join(BUNDLED_LETTERS_DIR, LETTER_FILES.kentRating2009);

      const first = runCli(['ingest', letter], url, env);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('Cleared the shared response cache.');
      expect(await responses.cache.get('sentinel')).toBeUndefined();
      expect(await neighbours.cache.get('sentinel')).toBe("another deployment's response");

      await responses.cache.set('sentinel', 'a cached response');
      const unchanged = runCli(['ingest', letter], url, env);
      expect(unchanged.stdout).not.toContain('Cleared');
      expect(await responses.cache.get('sentinel')).toBe('a cached response');
    } finally {
      await Promise.all([responses.clear(), neighbours.clear()]);
      await Promise.all([responses.close(), neighbours.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
