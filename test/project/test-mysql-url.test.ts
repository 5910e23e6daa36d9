import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TEST_ROOT = path.resolve(__dirname, '..');

/** Where the test MySQL server is named once, from TEST_MYSQL_URL. */
const ALLOWED = new Set([path.join('helpers', 'test-database.ts')]);

/** A URL of a real local MySQL server; config tests' made-up hosts (`db:3306`) and unreachable ports are fine. */
const LOCAL_MYSQL = /mysql:\/\/[^'"`\s]*@(127\.0\.0\.1|localhost):3306/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('TEST_MYSQL_URL', () => {
  it('is the only way a test reaches the MySQL server: no test names 127.0.0.1:3306 itself', () => {
    const offenders = testFiles(TEST_ROOT)
      .map((file) => path.relative(TEST_ROOT, file))
      .filter((file) => !ALLOWED.has(file) && LOCAL_MYSQL.test(readFileSync(path.join(TEST_ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('finds what it looks for', () => {
    expect(LOCAL_MYSQL.test(readFileSync(path.join(TEST_ROOT, 'helpers', 'test-database.ts'), 'utf8'))).toBe(true);
  });
});
