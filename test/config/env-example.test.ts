import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SETTINGS } from '../../src/config';
import { envExample } from '../../src/config-docs';

const ROOT = path.resolve(__dirname, '../..');

/** Every `.ts` file under `dir`, recursively. */
function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The variables a file reads from the environment by name. */
function variablesRead(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1] ?? '');
}

describe('.env.example and serve --help', () => {
  const names = Object.keys(SETTINGS);

  it('the committed .env.example is the one generated from the settings table (npm run env:example)', () => {
    expect(readFileSync(path.join(ROOT, '.env.example'), 'utf8')).toBe(envExample());
  });

  it('lists every setting with its default or example', () => {
    const example = envExample();
    for (const name of names) expect(example).toMatch(new RegExp(`^# ${name}=`, 'm'));
    expect(example).toMatch(/^# HOST=127\.0\.0\.1$/m);
    expect(example).toMatch(/^# DATABASE_URL=mysql:\/\//m);
  });

  it('the settings table names every variable the app and the tests read (the benchmarks aside)', () => {
    const files = [...typescriptFiles(path.join(ROOT, 'src')), ...typescriptFiles(path.join(ROOT, 'test'))].filter(
      (file) => !file.includes(`${path.sep}bench${path.sep}`),
    );
    const read = new Set(files.flatMap(variablesRead));
    expect(read.size).toBeGreaterThan(3);
    expect([...read].filter((name) => !names.includes(name))).toEqual([]);
  });

  it('serve --help lists every setting (from the build, as a user runs it)', () => {
    const help = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'main.js'), 'serve', '--help'], { encoding: 'utf8' });
    for (const name of names) expect(help).toMatch(new RegExp(`^ +${name} \\(`, 'm'));
    expect(help).toMatch(/HOST \(default: 127\.0\.0\.1\)\n.*0\.0\.0\.0 listens on every interface/);
  });
});
