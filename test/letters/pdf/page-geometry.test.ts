import { readPdfLetter } from '../../../src/letters/pdf/read-pdf-letter';
import { minimalPdf } from './pdf-fixtures';

/**
 * Pages drawn by hand, one habit at a time, as producers draw them: bullets as paths or
 * symbol-font codes, borders in pieces, tables ruled across only or not ruled at all. Each
 * must read as the same lists and tables as a word processor's page.
 */
async function htmlOf(content: string): Promise<string> {
  const read = await readPdfLetter(minimalPdf(content));
  if (!read.ok) throw new Error(`read failed: ${read.error.code} ${read.error.message}`);
  return read.text;
}

/** Text at a place, in Helvetica 11. */
function text(x: number, y: number, words: string): string {
  return `BT /F1 11 Tf ${x} ${y} Td (${words}) Tj ET`;
}

/** A filled disc of radius r centred at (x, y), as four Bézier quarters (how Chromium draws a list bullet). */
function disc(x: number, y: number, r: number): string {
  const k = 0.5523 * r;
  return [
    `${x + r} ${y} m`,
    `${x + r} ${y + k} ${x + k} ${y + r} ${x} ${y + r} c`,
    `${x - k} ${y + r} ${x - r} ${y + k} ${x - r} ${y} c`,
    `${x - r} ${y - k} ${x - k} ${y - r} ${x} ${y - r} c`,
    `${x + k} ${y - r} ${x + r} ${y - k} ${x + r} ${y} c`,
    'f',
  ].join(' ');
}

/** A thin filled bar from (x0, y0) to (x1, y1): a border as Chromium and Word draw it. */
function bar(x0: number, y0: number, x1: number, y1: number): string {
  return `${x0} ${y0} ${x1 - x0} ${y1 - y0} re f`;
}

/** A paragraph of three lines 13 points apart, which sets the letter's line pitch, then a heading. */
const PROSE = [
  text(72, 800, 'The council consistently delivers above minimum requirements for children and'),
  text(72, 787, 'young people. Partnerships with health and other agencies are good and make a'),
  text(72, 774, 'significant contribution to improving services.'),
  text(72, 750, 'Key strengths and areas for improvement'),
].join('\n');

describe('bullets, however they are drawn', () => {
  it('reads a small filled disc before a line as a bullet', async () => {
    const html = await htmlOf([PROSE, disc(80, 703, 1.5), text(92, 700, 'joint working between agencies'), disc(80, 686, 1.5), text(92, 683, 'new projects')].join('\n'));
    expect(html).toContain('<ul>\n<li>joint working between agencies</li>\n<li>new projects</li>\n</ul>');
  });

  it('leaves a disc in the middle of a line, or one too big for the text, as it is', async () => {
    const html = await htmlOf([PROSE, text(72, 700, 'one'), disc(100, 703, 1.5), text(108, 700, 'two'), disc(80, 675, 8), text(92, 670, 'not a list item')].join('\n'));
    expect(html).not.toContain('<li>');
  });

  it('reads an unmapped ZapfDingbats character before a line as a bullet', async () => {
    const html = await htmlOf([PROSE, 'BT /F2 6 Tf 80 701 Td (n) Tj ET', text(92, 700, 'the use of advocacy services')].join('\n'));
    expect(html).toContain('<li>the use of advocacy services</li>');
    expect(html).not.toMatch(/\bn the use/);
  });
});

describe('tables, however they are ruled', () => {
  it('joins borders drawn a piece per cell into one grid', async () => {
    const rules = [
      bar(70, 720, 250, 720.75),
      bar(250, 720, 260, 720.75),
      bar(260, 720, 520, 720.75),
      bar(70, 680, 250, 680.75),
      bar(250, 680, 260, 680.75),
      bar(260, 680, 520, 680.75),
      bar(70, 680, 70.75, 720.75),
      bar(259.5, 680, 260.25, 720.75),
      bar(519.25, 680, 520, 720.75),
    ];
    const html = await htmlOf([PROSE, ...rules, text(75, 700, 'Being healthy:'), text(265, 700, 'Staying safe:')].join('\n'));
    expect(html).toContain('<tr><td>Being healthy:</td><td>Staying safe:</td></tr>');
  });

  it('reads a table ruled across only, its columns from the whitespace', async () => {
    const rules = [0, 1, 2].map((row) => `0.5 w 70 ${725 - row * 30} m 520 ${725 - row * 30} l S`);
    const cells = [text(75, 710, 'Key strengths'), text(300, 710, 'Key areas for improvement'), text(75, 680, 'healthy schools'), text(300, 680, 'dental checks')];
    const html = await htmlOf([PROSE, ...rules, ...cells].join('\n'));
    expect(html).toContain('<tr><td>Key strengths</td><td>Key areas for improvement</td></tr>\n<tr><td>healthy schools</td><td>dental checks</td></tr>');
  });

  it('reads a table without any rules from the whitespace between its columns', async () => {
    const lines = [
      text(72, 720, 'Key strengths'),
      text(300, 720, 'Key areas for improvement'),
      text(72, 696, 'Being healthy:'),
      text(300, 696, 'Being healthy:'),
      text(92, 680, 'joint working'),
      text(320, 680, 'waiting lists'),
      text(72, 656, 'Staying safe:'),
      text(300, 656, 'Staying safe:'),
      text(92, 640, 'sound practice'),
      text(320, 640, 'adoption'),
      text(72, 610, 'Yours sincerely, with thanks to everyone who took part in the assessment'),
    ];
    const html = await htmlOf([PROSE, ...lines].join('\n'));
    expect(html).toContain('<tr><td>Being healthy: joint working</td><td>Being healthy: waiting lists</td></tr>');
    expect(html).toContain('<tr><td>Staying safe: sound practice</td><td>Staying safe: adoption</td></tr>');
    expect(html).toContain('<p>Yours sincerely, with thanks to everyone who took part in the assessment</p>');
  });

  it('leaves justified prose, whose word gaps do not line up, as paragraphs', async () => {
    const lines = [
      'BT /F1 11 Tf 72 720 Td (The council works well with its) Tj 180 0 Td (partners on every priority.) Tj ET',
      text(72, 706, 'Its plans are reviewed each term and the partnership reports on them to the board.'),
      'BT /F1 11 Tf 72 692 Td (Outcomes) Tj 90 0 Td (are good.) Tj ET',
    ];
    expect(await htmlOf([PROSE, ...lines].join('\n'))).not.toContain('<table>');
  });
});
