import { cleanLetterText } from '../../src/letters/text/clean-text';
import { splitSentences } from '../../src/letters/text/sentences';

describe('cleanLetterText', () => {
  it('strips HTML tags, decodes entities and turns block elements into lines', () => {
    const lines = cleanLetterText('<p>Children&#39;s services &amp; <b>settings</b></p><p>Second&nbsp;line<br/>third</p>');
    expect(lines).toEqual(["Children's services & settings", 'Second line', 'third']);
  });

  it('keeps table cells of an HTML table tab-separated on one line', () => {
    expect(cleanLetterText('<table><tr><td>Rating</td><td>Performs well (3)</td></tr></table>')).toEqual(['Rating\tPerforms well (3)']);
  });

  it('treats source newlines of a whole HTML document as spaces', () => {
    expect(cleanLetterText('<html><body><p>The council makes a\ngood contribution.</p></body></html>')).toEqual([
      'The council makes a good contribution.',
    ]);
  });

  it('drops script and style content and comments', () => {
    expect(cleanLetterText('<style>p{x:1}</style><!-- note --><p>Text</p><script>var a;</script>')).toEqual(['Text']);
  });

  it('reads CRLF line endings, curly quotes and non-breaking spaces', () => {
    expect(cleanLetterText('Children\u2019s \u201cservices\u201d\u00a0here\r\n\r\nNext')).toEqual(['Children\'s "services" here', 'Next']);
  });

  it('strips markdown headings, bold, italic and table rules, and turns list markers into bullets', () => {
    const lines = cleanLetterText('## Heading\n\n**Bold** and *Every Child Matters* at A*-C\n\n|---|---|\n\n- item one\n* item two');
    expect(lines).toEqual(['Heading', 'Bold and Every Child Matters at A*-C', '\u2022 item one', '\u2022 item two']);
  });

  it('removes page headers and footers, even mid-sentence, and joins the sentence again', () => {
    const text = `${'The local authority has a fostering service that has been inspected and its'}\n\nPROTECT: INSPECTION\nPage 2 of 3\n\nadoption agency is good.`;
    expect(cleanLetterText(text)).toEqual([
      'The local authority has a fostering service that has been inspected and its adoption agency is good.',
    ]);
  });

  it('removes any line that counts pages, whatever else it says', () => {
    const text = [
      'Dear Mr Neill',
      '',
      'The council makes a satisfactory contribution to keeping children safe.',
      '',
      'CORNWALL COUNTY COUNCIL APA 2005 Page 1 of 3',
      '',
      'Enjoying and achieving',
    ].join('\n');
    expect(cleanLetterText(text)).toEqual([
      'Dear Mr Neill',
      'The council makes a satisfactory contribution to keeping children safe.',
      'Enjoying and achieving',
    ]);
  });

  it('removes a running header repeated at each page break and rejoins the sentence it split, however short its start', () => {
    const header = "Ofsted | Birmingham City Council | Children's services annual rating 2009";
    const text = [
      'Dear Mr Howell',
      '',
      'Most nurseries are good. No special',
      '',
      header,
      'Page 1 of 2',
      '',
      'school is outstanding. None of the homes is in-',
      '',
      header,
      'Page 2 of 2',
      '',
      'adequate.',
      '',
      'Yours sincerely',
      '',
      header,
    ].join('\n');
    expect(cleanLetterText(text)).toEqual([
      'Dear Mr Howell',
      'Most nurseries are good. No special school is outstanding. None of the homes is inadequate.',
      'Yours sincerely',
    ]);
  });

  it('takes a form feed for a page break, so a header repeated after each one is removed', () => {
    const text = [
      'Wigan Council annual rating',
      '',
      'Mrs Sue Evans',
      'Wigan Council',
      '',
      'Dear Mrs Evans',
      '',
      "Every children's home is good and the fostering service is",
      '\f',
      'Wigan Council annual rating',
      'outstanding.',
    ].join('\n');
    expect(cleanLetterText(text)).toEqual([
      'Mrs Sue Evans',
      'Wigan Council',
      'Dear Mrs Evans',
      "Every children's home is good and the fostering service is outstanding.",
    ]);
  });

  it('keeps repeated labels, and lines repeated around one page break only', () => {
    const text = [
      'Dear Ms Smith',
      '',
      'Key strengths and areas for improvement',
      'Being healthy:',
      '\u2022 joint working with the primary care trust',
      'Being healthy:',
      '\u2022 teenage conception rates',
      '',
      'Strengths',
      '',
      'Strengths',
      '',
      'Page 1 of 2',
      '',
      'Yours sincerely',
      '',
      'Page 2 of 2',
    ].join('\n');
    expect(cleanLetterText(text)).toEqual([
      'Dear Ms Smith',
      'Key strengths and areas for improvement',
      'Being healthy:',
      '\u2022 joint working with the primary care trust',
      'Being healthy:',
      '\u2022 teenage conception rates',
      'Strengths',
      'Strengths',
      'Yours sincerely',
    ]);
  });

  it('joins the wrapped tail of a bulleted item in a narrow column, but not labels or a paragraph after the list', () => {
    const text = [
      'Dear Mr Neill',
      '',
      'Being healthy:',
      '\u2022 access to child and adolescent mental',
      'health services.',
      'Achieving economic well-being:',
      '\u2022 partnership with the Learning and Skills',
      'Council.',
      '\u2022 Placement stability.',
      'We look forward to discussing these findings with the council and its partners.',
    ].join('\n');
    expect(cleanLetterText(text)).toEqual([
      'Dear Mr Neill',
      'Being healthy:',
      '\u2022 access to child and adolescent mental health services.',
      'Achieving economic well-being:',
      '\u2022 partnership with the Learning and Skills Council.',
      '\u2022 Placement stability.',
      'We look forward to discussing these findings with the council and its partners.',
    ]);
  });

  it('joins hard-wrapped lines and words hyphenated across lines', () => {
    const wrapped = [
      'Dear Ms Smith',
      '',
      'The overall effectiveness of the majority of inspected services and settings',
      'is adequate. The contribution of early years settings is good and the safe-',
      'guarding arrangements are robust across all of the services in the area.',
      'The fostering service in Stoke-on-',
      'Trent is good.',
      '',
      'Being healthy',
      '',
      'Outcomes in this area are good and they continue to improve this year.',
    ].join('\n');
    const lines = cleanLetterText(wrapped);
    expect(lines).toContain(
      'The overall effectiveness of the majority of inspected services and settings is adequate. The contribution of early years settings is good and the safeguarding arrangements are robust across all of the services in the area.',
    );
    expect(lines).toContain('The fostering service in Stoke-on-Trent is good.');
    expect(lines).toContain('Being healthy');
  });

  it('joins lines of a page-width-wrapped text even where the next line starts with a capital', () => {
    const wrapped = [
      'Dear Ms Smith',
      '',
      'The overall effectiveness of the majority of inspected services and settings',
      'is adequate and the contribution made by the Primary Care Trust and the',
      'Youth Offending Service to keeping children safe is recognised by all of the',
      'partners. Most nurseries are good or better as are the childcare settings in',
      'Kent and the fostering service is outstanding in the view of the inspectors.',
      'Page 1 of 2',
      'Staying safe',
    ].join('\n');
    expect(cleanLetterText(wrapped)).toEqual([
      'Dear Ms Smith',
      'The overall effectiveness of the majority of inspected services and settings is adequate and the contribution made by the Primary Care Trust and the Youth Offending Service to keeping children safe is recognised by all of the partners. Most nurseries are good or better as are the childcare settings in Kent and the fostering service is outstanding in the view of the inspectors.',
      'Staying safe',
    ]);
  });

  it('never joins the lines of the address block', () => {
    const lines = cleanLetterText(
      "Mr A Person\nDirector of Children's Services for the whole of the county area\nkent County Council\n\nDear Mr Person",
    );
    expect(lines.slice(0, 3)).toEqual([
      'Mr A Person',
      "Director of Children's Services for the whole of the county area",
      'kent County Council',
    ]);
  });
});

describe('splitSentences', () => {
  it('splits at full stops but not after Mr. or e.g.', () => {
    expect(splitSentences('Mr. Smith wrote it. Homes, e.g. Oak House, are good. Done')).toEqual([
      'Mr. Smith wrote it.',
      'Homes, e.g. Oak House, are good.',
      'Done',
    ]);
  });
});
