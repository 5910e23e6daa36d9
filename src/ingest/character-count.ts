/**
 * The number of characters (Unicode code points) in a string, which is what MariaDB's column
 * widths and SQLite's length() count; a character outside the Basic Multilingual Plane (an
 * emoji) is two UTF-16 units in JavaScript but one character to the database.
 */
export function characterCount(value: string): number {
  let count = value.length;
  for (let index = 1; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    const previous = value.charCodeAt(index - 1);
    if (code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) count -= 1;
  }
  return count;
}

/** True when a string (if any) has more than `max` characters; cheap for strings that are clearly short enough. */
export function longerThan(value: string | null | undefined, max: number): boolean {
  // A string never has more characters than UTF-16 units, so most values need no counting.
  return value !== null && value !== undefined && value.length > max && characterCount(value) > max;
}
