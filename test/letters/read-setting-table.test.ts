import { Judgement, Setting } from '../../src/domain/enums';
import { readSettingTable } from '../../src/letters/settings/read-setting-table';
import { htmlToText } from '../../src/letters/text/markup-to-text';

const judged = (rows: string[][]) =>
  readSettingTable(rows).map((row) => [row.statements.map((s) => [s.setting, s.judgement, s.count, s.total]), row.unread]);

describe('tables of settings', () => {
  it('completes cells under "Type of school" with the noun the heading gives', () => {
    expect(
      judged([
        ['Type of school', 'Number inspected', 'Good or outstanding', 'Inadequate'],
        ['Primary', '64', '29', '5'],
        ['Special', '5', '4', '0'],
        ['Pupil referral units', '2', '0', '1'],
      ]),
    ).toEqual([
      [
        [
          [Setting.PRIMARY_SCHOOLS, Judgement.GOOD_OR_BETTER, 29, 64],
          [Setting.PRIMARY_SCHOOLS, Judgement.INADEQUATE, 5, 64],
        ],
        [],
      ],
      [
        [
          [Setting.SPECIAL_SCHOOLS, Judgement.GOOD_OR_BETTER, 4, 5],
          [Setting.SPECIAL_SCHOOLS, Judgement.INADEQUATE, 0, 5],
        ],
        [],
      ],
      [
        [
          [Setting.PUPIL_REFERRAL_UNITS, Judgement.GOOD_OR_BETTER, 0, 2],
          [Setting.PUPIL_REFERRAL_UNITS, Judgement.INADEQUATE, 1, 2],
        ],
        [],
      ],
    ]);
  });

  it('takes headings only before the rows: a later row naming no setting it can read does not re-head the table', () => {
    expect(
      judged([
        ['Local authority fostering service', 'Good'],
        ['Local authority adoption agncy', 'Outstanding'],
        ['Arrangements for private fostering', 'Adequate'],
      ]),
    ).toEqual([
      [[[Setting.FOSTERING_SERVICE, Judgement.GOOD, null, null]], []],
      [[[Setting.PRIVATE_FOSTERING, Judgement.ADEQUATE, null, null]], []],
    ]);
  });
});

describe('HTML table cells', () => {
  it("keeps a row on one line when Word wraps each cell's text in a paragraph", () => {
    const html = '<html><body><table><tr><td><p class=MsoNormal>Primary<o:p></o:p></p></td><td><p>64</p></td></tr></table></body></html>';
    expect(htmlToText(html).trim().split('\n')).toEqual(['Primary \t\t 64']);
  });

  it('reads "</br>" as a line break, keeps unclosed paragraphs apart and drops what a template holds', () => {
    expect(htmlToText('<html>a</br>b')).toBe('\na\nb');
    expect(htmlToText('<html><table><tr><td><p>Strengths<p>Weaknesses</td></tr></table>').split('\n').map((line) => line.trim()).filter((line) => line !== '')).toEqual([
      'Strengths',
      'Weaknesses',
    ]);
    expect(htmlToText('<html><template><table><tr><td><script>s</script>leak</template>ok')).toBe('\nok');
  });

  it('joins a whole page\'s source lines with one space, whatever the whitespace around them', () => {
    expect(htmlToText('<html><p>Children\u2019s services   \n\n   perform well</p>')).toBe('\n\nChildren\u2019s services perform well\n');
  });

  it('keeps the lines of a cell that holds several paragraphs', () => {
    const html = '<html><body><table><tr><td><p>Being healthy</p><p>Grade 3</p></td></tr></table></body></html>';
    expect(htmlToText(html).split('\n').filter((line) => line.trim() !== '')).toEqual(['Being healthy', 'Grade 3']);
  });
});
