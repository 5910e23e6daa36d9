import { cleanListItem, splitBulletedItems } from '../../src/letters/apa/list-items';

describe('list item cleaning', () => {
  it.each([
    ['1. Attainment at Key Stage 4.', 'Attainment at Key Stage 4'],
    ['12) Post-16 participation;', 'Post-16 participation'],
    ['(a) Placement stability', 'Placement stability'],
    ['b) the timeliness of assessments.', 'the timeliness of assessments'],
    ['(iv) teenage conception rates', 'teenage conception rates'],
    ['\u2022 2. Attendance in secondary schools', 'Attendance in secondary schools'],
  ])('strips the numbering of "%s"', (item, expected) => {
    expect(cleanListItem(item)).toBe(expected);
  });

  it.each([
    ['16-19 participation', '16-19 participation'],
    ['2009 results at Key Stage 2.', '2009 results at Key Stage 2'],
    ['A good start in life', 'A good start in life'],
    ['1.5 per cent fewer young people not in education', '1.5 per cent fewer young people not in education'],
  ])('keeps "%s", which opens with words or figures rather than numbering', (item, expected) => {
    expect(cleanListItem(item)).toBe(expected);
  });

  it('splits bulleted text and cleans each item', () => {
    expect(splitBulletedItems('\u2022 1. first item. \u2022 (b) second item;')).toEqual(['first item', 'second item']);
  });
});
