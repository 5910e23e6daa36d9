import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SETTINGS, type Setting } from '../../src/config';
import { loadBundledLetters } from '../helpers/load-letters';
import { useTestServer } from '../helpers/test-server';

const ROOT = path.resolve(__dirname, '../..');
const DOCUMENTS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function read(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

/** The text of a markdown file outside its fenced code blocks, where links are links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  return new Set([...prose(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1] ?? '')));
}

/** The body of the section under `heading` (to the next heading of the same level). */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`no section "${heading}"`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/^## /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** The fenced blocks of one language in a piece of markdown. */
function blocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm'))].map((match) => match[1] ?? '');
}

/** Shell commands of a block, without comments and continuation lines joined. */
function commands(block: string): string[] {
  return block
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split('&&').map((command) => command.trim()));
}

describe('the documentation', () => {
  it.each(DOCUMENTS)('%s: every relative link and image resolves, anchors included', (file) => {
    const links = [...prose(read(file)).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
    const relative = links.filter((target) => !/^[a-z]+:/.test(target));
    const broken = relative.filter((target) => {
      const [pathPart = '', anchor] = target.split('#');
      const targetFile = pathPart === '' ? path.join(ROOT, file) : path.resolve(path.dirname(path.join(ROOT, file)), pathPart);
      if (!existsSync(targetFile)) return true;
      return anchor !== undefined && targetFile.endsWith('.md') && !anchorsOf(readFileSync(targetFile, 'utf8')).has(anchor);
    });
    expect(broken).toEqual([]);
    if (file === 'README.md') expect(relative.length).toBeGreaterThanOrEqual(8);
  });

  it('links every document of docs/ from the README, and shows the screenshot and the flow', () => {
    for (const file of DOCUMENTS.filter((name) => name !== 'README.md')) expect(README).toContain(`](${file})`);
    expect(README).toMatch(/!\[[^\]]+\]\(docs\/graphiql\.png\)/);
    expect(README).toMatch(/```mermaid\nflowchart LR[\s\S]*parser[\s\S]*db[\s\S]*graphql[\s\S]*csv/);
    expect(Buffer.byteLength(README)).toBeLessThan(15_000);
  });

  it('names in the quick start only npm scripts and commands that exist', () => {
    const manifest = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const quickStart = section(README, 'Quick start');
    const run = [
      ...blocks(quickStart, 'sh').flatMap(commands),
      ...[...quickStart.matchAll(/`([^`]*(?:npm|npx) [^`]+)`/g)].map((match) => match[1] ?? ''),
    ];
    const npm = run.map((command) => command.replace(/^([A-Z_]+=\S+\s+)+/, '')).filter((command) => command.startsWith('npm '));
    expect(npm).toEqual(expect.arrayContaining(['npm ci', 'npm start', 'npm test']));
    for (const command of npm) {
      const [, verb = '', name] = command.split(/\s+/);
      if (verb === 'ci') continue;
      const script = verb === 'run' ? name : verb;
      expect(Object.keys(manifest.scripts)).toContain(script);
    }
  });

  it('names only ofsted-graph commands and options that the command line has', () => {
    const cli = path.join(ROOT, 'dist', 'main.js');
    const used = [...README.matchAll(/npx ofsted-graph (\w+)((?: \[?--?[a-z-]+\]?)*)/g)];
    expect(used.length).toBeGreaterThanOrEqual(5);
    const optionsByCommand = new Map<string, string[]>();
    for (const [, command = '', options = ''] of used) {
      optionsByCommand.set(command, [...(optionsByCommand.get(command) ?? []), ...(options.match(/--?[a-z-]+/g) ?? [])]);
    }
    for (const [command, options] of optionsByCommand) {
      // For an unknown command commander prints the program's help instead, which has no such usage line.
      const help = execFileSync(process.execPath, [cli, command, '--help'], { encoding: 'utf8' });
      expect(help).toContain(`Usage: ofsted-graph ${command}`);
      for (const option of options) expect(help).toContain(option);
    }
  });
});

describe('the settings in the documentation', () => {
  it.each(DOCUMENTS)('%s: every table row naming a setting gives its default from src/config.ts', (file) => {
    const settings: Record<string, Setting<unknown>> = SETTINGS;
    const rows = [...read(file).matchAll(/^(?:\|[^|\n]*)*?\| `([A-Z][A-Z0-9_]+)` \| ([^|\n]+) \|/gm)];
    const named = rows.filter(([, name = '']) => name in settings);
    if (file === 'docs/caching-and-limits.md') expect(named.length).toBeGreaterThan(10);
    const wrong = named
      .map(([, name = '', cell = '']) => ({ name, shown: /^`?([^`\s]+)`?/.exec(cell.trim())?.[1] ?? '' }))
      .filter(({ name, shown }) => {
        // Tables of error codes have the same shape; only rows naming a setting are checked.
        const setting = settings[name];
        return setting !== undefined && setting.whenUnset === undefined && shown !== String(setting.default);
      });
    expect(wrong).toEqual([]);
  });
});

describe("the README's queries against a real server", () => {
  const api = useTestServer('sqlite', { seed: ({ database }) => loadBundledLetters(database.dataSource) });

  it('answers the first query as the README says', async () => {
    const [query = ''] = blocks(section(README, 'The first query'), 'graphql');
    const response = await api.graphql<{ authority: { name: string; assessments: Array<Record<string, unknown>> } }>(query);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.authority.name).toBe('Kent County Council');
    const said = /"overallGrade": (\d), "overallJudgement": "([^"]+)"/.exec(section(README, 'The first query').replace(/\s+/g, ' '));
    expect(said).not.toBeNull();
    expect(response.body.data?.authority.assessments).toContainEqual(
      expect.objectContaining({ year: 2009, overallGrade: Number(said?.[1]), overallJudgement: said?.[2] }),
    );
  });

  it('answers every other query of the README without errors', async () => {
    const queries = blocks(README, 'graphql');
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const query of queries) {
      const response = await api.graphql(query);
      expect(response.body.errors).toBeUndefined();
      expect(response.status).toBe(200);
    }
  });

  it("runs the README's curl commands, the CSV download included", async () => {
    const origin = new URL(api.server.url).origin;
    const curls = blocks(README, 'sh')
      .flatMap(commands)
      .filter((command) => command.startsWith('curl '));
    expect(curls.length).toBeGreaterThanOrEqual(2);
    const dir = mkdtempSync(path.join(tmpdir(), 'readme-curl-'));
    try {
      for (const command of curls) {
        // --fail: an HTTP error status is a failed command, as a reader would see it.
        const line = command.replaceAll('http://localhost:4000', origin).replace(/^curl /, 'curl --fail ');
        const { stdout } = await promisify(execFile)('sh', ['-c', line], { cwd: dir });
        if (stdout !== '') expect(JSON.parse(stdout)).not.toHaveProperty('errors');
      }
      const csv = readdirSync(dir).filter((name) => name.endsWith('.csv'));
      expect(csv).toHaveLength(1);
      expect(readFileSync(path.join(dir, csv[0] ?? ''), 'utf8')).toMatch(/^\uFEFF?assessmentId,laCode,/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
