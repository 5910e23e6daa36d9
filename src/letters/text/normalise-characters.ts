/**
 * Character-level clean-up shared by every input form: one line-ending convention, plain
 * spaces and straight quotes, and none of the invisible characters word processors and PDF
 * extractors leave behind.
 */
export function normaliseCharacters(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // A form feed is a PDF page break: it becomes a line of its own, which the page furniture rules read.
      .replace(/\f/g, '\n\f\n')
      .replace(/[\u00A0\u2007\u202F\u2002\u2003\u2009\u3000]/g, ' ')
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      // Soft hyphens and zero-width characters only mark where a word may break.
      // eslint-disable-next-line no-misleading-character-class -- each joiner is removed on its own, not as a sequence
      .replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, '')
      .replace(/[\u2010\u2011]/g, '-')
      // Word's private-use bullet glyph and other bullet shapes become one bullet.
      .replace(/[\uF0B7\uF0A7\u25AA\u25CF\u2023\u2043\u2219\u25E6\u00B7]/g, '\u2022')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, ' ')
  );
}

/** Collapses runs of spaces (not tabs, which separate table cells) and trims. */
export function collapseSpaces(line: string): string {
  // Most lines need nothing done: skip the regular expressions for them.
  if (!line.includes('  ') && !line.includes('\t') && line.trim() === line) return line;
  return line
    .replace(/ +/g, ' ')
    .replace(/ *\t[\t ]*/g, '\t')
    .replace(/^[\t ]+|[\t ]+$/g, '');
}

/** Collapses all whitespace, tabs included, for strings that leave the parser. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
