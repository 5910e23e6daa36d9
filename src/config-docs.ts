import { SECTION_TITLES, SETTINGS, type Setting, type SettingSection } from './config';

/** Width of `.env.example` and of `serve --help`, so both read well in an 100-column terminal. */
const WIDTH = 96;

interface Row {
  name: string;
  setting: Setting<unknown>;
}

/** The settings grouped by section, in the order the table lists them. */
function sections(): Array<[SettingSection, Row[]]> {
  const groups = new Map<SettingSection, Row[]>();
  for (const [name, setting] of Object.entries(SETTINGS) as Array<[string, Setting<unknown>]>) {
    groups.set(setting.section, [...(groups.get(setting.section) ?? []), { name, setting }]);
  }
  return [...groups];
}

/** Breaks text into lines of at most `width` characters, each starting with `prefix`. */
function wrap(text: string, prefix: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(prefix + line);
  return lines;
}

/** The default as a reader sees it: what happens when unset, or the value itself. */
function defaultText(setting: Setting<unknown>): string {
  return setting.whenUnset === undefined ? `default: ${String(setting.default)}` : `unset: ${setting.whenUnset}`;
}

/** The value `.env.example` shows: the default when it is a plain value, else the example. */
function shownValue(setting: Setting<unknown>): string {
  if (setting.whenUnset === undefined) return String(setting.default);
  return setting.example ?? '';
}

/**
 * `.env.example`: every setting with what it does and its default, each line commented out so
 * that a copy of the file changes nothing until a line is uncommented. Committed, and a test
 * checks it equals this output (`npm run env:example` writes it).
 */
export function envExample(): string {
  const lines = [
    '# Every environment variable ofsted-graph and its tests read, with its default. The app reads',
    '# the environment only (it does not load this file): copy what you need into your shell, your',
    '# process manager or `docker run --env-file`. Generated from src/config.ts by',
    '# `npm run env:example`; a test checks the two agree.',
  ];
  for (const [section, rows] of sections()) {
    lines.push('', `# --- ${SECTION_TITLES[section]} ---`);
    for (const { name, setting } of rows) {
      lines.push(...wrap(setting.description, '# '));
      if (setting.whenUnset !== undefined) lines.push(`# Unset: ${setting.whenUnset}.`);
      lines.push(`# ${name}=${shownValue(setting)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The settings for `serve --help`, grouped as in `.env.example`. */
export function settingsHelp(): string {
  const lines = ['', 'Environment variables (all optional; .env.example lists them too):'];
  for (const [section, rows] of sections()) {
    lines.push('', `  ${SECTION_TITLES[section]}:`);
    for (const { name, setting } of rows) {
      lines.push(`    ${name} (${defaultText(setting)})`);
      lines.push(...wrap(setting.description, '        '));
    }
  }
  return lines.join('\n');
}
