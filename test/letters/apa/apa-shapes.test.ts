import { WarningCode } from '../../../src/domain/enums';
import { parseLetter } from '../../../src/letters/parse-letter';
import type { ParsedLetter } from '../../../src/letters/parsed-letter';

/**
 * Small APA letters in the shapes councils received: grades in a table of any layout or in
 * prose, each area's grade in its heading or a label line, and each area's own lists under
 * its own headings. Each letter is built from the same parts so a test changes only the
 * shape it is about.
 */

const HEAD = [
  '20 November 2007',
  'Ms A Person',
  "Director of Children's Services",
  'Kent County Council',
  'Sessions House',
  'Maidstone',
  'ME14 1XQ',
  'Dear Ms Person',
  'Annual performance assessment of services for children and young people in Kent County Council 2007',
  'This letter summarises the findings of the 2007 annual performance assessment for your local authority, drawing on the evidence you provided.',
];
const TAIL = ['Yours sincerely', 'A Inspector', 'Divisional Manager'];

const GRADE_TABLE = ['Judgement\tGrade\tDescriptor', "Overall effectiveness of children's services\t3\tGood", 'Capacity to improve\t2\tAdequate'];

const AREAS: ReadonlyArray<[string, string]> = [
  ['Being healthy', 'health'],
  ['Staying safe', 'safety'],
  ['Enjoying and achieving', 'learning'],
  ['Making a positive contribution', 'participation'],
  ['Achieving economic well-being', 'training'],
  ["Capacity to improve, including the management of children's services", 'leadership'],
];

/** A sentence of narrative that passes no grade. */
function narrative(topic: string): string {
  return `The council has continued to develop its work on ${topic} with its partners over the year, and young people were consulted on the plans.`;
}

/** One area section: heading lines, narrative, then whatever list lines the shape uses. */
function section(heading: string[], topic: string, lists: string[]): string[] {
  return [...heading, narrative(topic), ...lists];
}

function headedLists(topic: string, strengthsHeading = 'Key strengths:', improvementHeading = 'Areas for improvement:'): string[] {
  return [strengthsHeading, `• Strong ${topic} partnership.`, `• Good ${topic} data.`, improvementHeading, `• Improve ${topic} for looked after children.`];
}

function letter(...parts: string[][]): string {
  return [...HEAD, ...parts.flat(), ...TAIL].join('\n');
}

function parsed(text: string): ParsedLetter {
  const result = parseLetter(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.letter;
}

function codes(letterParsed: ParsedLetter): WarningCode[] {
  return letterParsed.warnings.map((warning) => warning.code);
}

describe('APA letters in their other shapes', () => {
  it('reads a grade table with Grade and Descriptor columns and no "grade awarded" header', () => {
    const text = letter(
      GRADE_TABLE,
      AREAS.flatMap(([name, topic]) => section([name, 'Grade 3'], topic, headedLists(topic))),
    );
    const result = parsed(text);
    expect(result.overallGrade).toBe(3);
    expect(result.capacityToImproveGrade).toBe(2);
  });

  it('reads grade rows that lost their tabs, and a grade on the line below its label', () => {
    const tabless = [
      'Area for judgement Grade awarded',
      "The contribution of the local authority's children's services in maintaining and improving outcomes for children and young people 2",
      "The council's overall capacity to improve its services for children and young people",
      '3',
    ];
    const result = parsed(letter(tabless, AREAS.flatMap(([name, topic]) => section([`${name} — Grade 2: adequate`], topic, headedLists(topic)))));
    expect([result.overallGrade, result.capacityToImproveGrade]).toEqual([2, 3]);
  });

  it('reads the overall grade from prose when there is no table', () => {
    const prose = ["Kent County Council delivers services for children and young people whose overall effectiveness is good, and its capacity to improve is good."];
    const result = parsed(letter(prose, AREAS.flatMap(([name, topic]) => section([name, 'Grade 3'], topic, headedLists(topic)))));
    expect([result.overallGrade, result.capacityToImproveGrade]).toEqual([3, 3]);
  });

  it("reads the overall grade from the summary's judgement of the council's children's services", () => {
    const prose = ["Overall, the council's children's services are good, and they have improved since the last assessment."];
    const result = parsed(letter(prose, AREAS.flatMap(([name, topic]) => section([name, 'Grade 3'], topic, headedLists(topic)))));
    expect(result.overallGrade).toBe(3);
  });

  it.each([
    ['BEING HEALTHY — Grade 2: adequate', null, 2, 'adequate'],
    ['Being healthy: good (grade 3)', null, 3, 'good'],
    ['Being healthy (grade 4)', null, 4, 'outstanding'],
    ['Being healthy', 'Judgement: good (grade 3)', 3, 'good'],
    ['Being healthy', 'Grade 2', 2, 'adequate'],
    ['1. Being healthy', 'Grade awarded: 4\tJudgement: Outstanding', 4, 'outstanding'],
    ['Being healthy Grade 3', null, 3, 'good'],
    ['Being healthy', 'Rating: adequate', 2, 'adequate'],
  ])('reads the area grade from %j / %j', (heading, label, grade, words) => {
    const areas = AREAS.map(([name, topic], index) =>
      index === 0 ? section(label === null ? [heading] : [heading, label], topic, headedLists(topic)) : section([name, 'Grade 3'], topic, headedLists(topic)),
    );
    const result = parsed(letter(GRADE_TABLE, areas.flat()));
    expect(result.outcomeAreas[0]).toMatchObject({ area: 'BEING_HEALTHY', grade, judgement: words });
    expect(codes(result)).toEqual([]);
  });

  it('reads area headings in capitals, in any order and with a typo one edit away', () => {
    const headings = ['ACHEIVING ECONOMIC WELL-BEING', 'Making a postive contribution', 'STAYING SAFE', 'Being healthy', 'Enjoying and achieving', 'Service management'];
    const text = letter(
      GRADE_TABLE,
      headings.flatMap((heading, index) => section([heading, 'Grade 2'], AREAS[index][1], headedLists(AREAS[index][1]))),
    );
    const result = parsed(text);
    expect(result.outcomeAreas.map((area) => area.area)).toEqual([
      'ACHIEVING_ECONOMIC_WELLBEING',
      'MAKING_A_POSITIVE_CONTRIBUTION',
      'STAYING_SAFE',
      'BEING_HEALTHY',
      'ENJOYING_AND_ACHIEVING',
      'SERVICE_MANAGEMENT',
    ]);
    expect(codes(result)).toEqual([]);
  });

  it('takes an area grade from a grade table that grades the areas when the section states none', () => {
    const table = ['Areas for judgement', 'Grade awarded', "Overall effectiveness of children's services\t2", ...AREAS.map(([name]) => `${name}\t4`)];
    const result = parsed(letter(table, AREAS.flatMap(([name, topic]) => section([name], topic, headedLists(topic)))));
    expect(result.outcomeAreas.map((area) => area.grade)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(result.capacityToImproveGrade).toBe(4);
  });

  it("reads each section's own lists under varied headings, bulleted or numbered, strengths first or last", () => {
    const shapes = [
      headedLists('health'),
      ['Major strengths', '1. Strong safety partnership.', '2. Good safety data.', 'Important areas for development', '1. Improve safety for looked after children.'],
      ['Areas for development:', '- Improve learning for looked after children.', 'Strengths:', '* Strong learning partnership', '* Good learning data'],
      ['Key strenghts', '· Strong participation partnership.', '· Good participation data.', 'Key areas for improvement', '· Improve participation for looked after children.'],
      ['Major strengths\tImportant areas for development', '• Strong training partnership. • Good training data.\t• Improve training for looked after children.'],
      headedLists('leadership', 'Strengths', 'Areas for improvement'),
    ];
    const result = parsed(letter(GRADE_TABLE, AREAS.flatMap(([name, topic], index) => section([name, 'Grade 3'], topic, shapes[index]))));
    for (const [index, area] of result.outcomeAreas.entries()) {
      const topic = AREAS[index][1];
      expect(area.strengths).toEqual([`Strong ${topic} partnership`, `Good ${topic} data`]);
      expect(area.areasForImprovement).toEqual([`Improve ${topic} for looked after children`]);
    }
    expect(codes(result)).toEqual([]);
  });

  it('joins an item broken across lines and reads aspects for focus standing between sections', () => {
    const lists = ['Key strengths:', '• Strong health partnership with the', 'primary care trust.', 'Areas for improvement:', '• Improve health for looked after children.'];
    const aspects = ['Aspects for focus in the next annual performance assessment', '• Teenage conceptions.'];
    const areas = AREAS.map(([name, topic], index) => section([name, 'Grade 3'], topic, index === 0 ? lists : headedLists(topic)));
    const result = parsed(letter(GRADE_TABLE, areas[0], aspects, areas.slice(1).flat()));
    expect(result.outcomeAreas).toHaveLength(6);
    expect(result.outcomeAreas[0].strengths).toEqual(['Strong health partnership with the primary care trust']);
    expect(result.aspectsForFocus).toEqual(['Teenage conceptions']);
  });
});

describe('what an APA parse says it could not read', () => {
  it('warns EMPTY_LISTS for a list heading with no item under it', () => {
    const areas = AREAS.map(([name, topic], index) =>
      section([name, 'Grade 3'], topic, index === 0 ? ['Key strengths:', 'Areas for improvement:'] : headedLists(topic)),
    );
    const result = parsed(letter(GRADE_TABLE, areas.flat()));
    const empty = result.warnings.filter((warning) => warning.code === WarningCode.EMPTY_LISTS);
    expect(empty.map((warning) => warning.evidence)).toEqual(['Key strengths:', 'Areas for improvement:']);
  });

  it('warns EMPTY_LISTS for a section without lists when the other sections keep their own', () => {
    const areas = AREAS.map(([name, topic], index) =>
      section([name, 'Grade 3'], topic, index === 1 ? ['What works well', '• Strong safety partnership.'] : headedLists(topic)),
    );
    const result = parsed(letter(GRADE_TABLE, areas.flat()));
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: WarningCode.EMPTY_LISTS, evidence: null }),
      expect.objectContaining({ code: WarningCode.UNREAD_LIST, evidence: '• Strong safety partnership.' }),
    ]);
    expect(result.warnings[0].message).toContain('staying safe');
  });

  it('warns UNREAD_LIST for a bulleted line among the lists that went into no list', () => {
    const lists = [...headedLists('health'), 'What the council should do next:', '• Publish its health plan.'];
    const areas = AREAS.map(([name, topic], index) => section([name, 'Grade 3'], topic, index === 0 ? lists : headedLists(topic)));
    const result = parsed(letter(GRADE_TABLE, areas.flat()));
    expect(result.warnings).toEqual([expect.objectContaining({ code: WarningCode.UNREAD_LIST, evidence: '• Publish its health plan.' })]);
  });

  it('warns UNREAD_LIST for bullets under a heading that names no known list, but not for bullets led by a sentence', () => {
    const unknown = ['What works well:', '• Strong health partnership.', ...headedLists('health').slice(3)];
    const narrativeBullets = ['The council has made progress in three ways, as follows:', '• new clinics', '• more nurses'];
    const areas = AREAS.map(([name, topic], index) => {
      if (index === 0) return section([name, 'Grade 3'], topic, unknown);
      if (index === 1) return section([name, 'Grade 3'], topic, [...narrativeBullets, ...headedLists(topic)]);
      return section([name, 'Grade 3'], topic, headedLists(topic));
    });
    const result = parsed(letter(GRADE_TABLE, areas.flat()));
    expect(result.warnings).toEqual([expect.objectContaining({ code: WarningCode.UNREAD_LIST, evidence: '• Strong health partnership.' })]);
  });

  it('warns UNREAD_LIST for a strengths table item that stands under no area label', () => {
    const label = (name: string): string => `${name.split(',')[0]}:`;
    const table = [
      'Key strengths and areas for improvement',
      'Key strengths',
      'Key areas for improvement',
      '• An item above every area label',
      ...AREAS.flatMap(([name, topic]) => [label(name), `• strong ${topic}`, label(name), `• weak ${topic}`]),
    ];
    const result = parsed(letter(GRADE_TABLE, AREAS.flatMap(([name, topic]) => section([name, 'Grade 3'], topic, [])), table));
    expect(result.warnings).toEqual([expect.objectContaining({ code: WarningCode.UNREAD_LIST, evidence: 'An item above every area label' })]);
  });

  it('reads a three-column table row split over a page, and warns UNREAD_LIST for a row whose label names no area', () => {
    const rows = AREAS.map(([name, topic]) => `${name.split(',')[0]}\t• strong ${topic}\t• weak ${topic}`);
    const table = [
      'Key strengths and areas for improvement',
      'Outcome area\tKey strengths\tKey areas for improvement',
      rows[0],
      '\t• good health data\t',
      ...rows.slice(1),
      'Health and wellbeing of carers\t• carers are supported\t',
    ];
    const result = parsed(letter(GRADE_TABLE, AREAS.flatMap(([name, topic]) => section([name, 'Grade 3'], topic, [])), table));
    const [healthy, ...others] = result.outcomeAreas;
    expect([...healthy.strengths, ...healthy.areasForImprovement].sort()).toEqual(['good health data', 'strong health', 'weak health']);
    for (const [index, area] of others.entries()) {
      expect([area.strengths, area.areasForImprovement]).toEqual([[`strong ${AREAS[index + 1][1]}`], [`weak ${AREAS[index + 1][1]}`]]);
    }
    expect(result.warnings).toEqual([expect.objectContaining({ code: WarningCode.UNREAD_LIST, evidence: 'carers are supported' })]);
  });

  it('warns MISSING_GRADE for an area whose grade cannot be read, and MISSING_AREA for an absent one', () => {
    const areas = AREAS.map(([name, topic], index) => section(index === 0 ? [name] : [name, 'Grade 3'], topic, headedLists(topic)));
    const result = parsed(letter(GRADE_TABLE, areas.slice(0, 5).flat()));
    expect(codes(result).sort()).toEqual([WarningCode.MISSING_AREA, WarningCode.MISSING_GRADE]);
  });

  it('says a letter without a grade for children\'s services states none, in plain words', () => {
    const result = parseLetter(letter(AREAS.flatMap(([name, topic]) => section([name], topic, headedLists(topic)))));
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_RATING', message: "the letter states no grade for children's services (a covering letter?)" } });
  });
});
