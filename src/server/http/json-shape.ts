/** How much structure a JSON text may hold before it is parsed. */
export interface JsonShapeLimits {
  /** Object keys in the whole text. */
  maxKeys: number;
  /** List items in the whole text. */
  maxListItems: number;
  /** Deepest nesting of objects and lists, the text's own outer object or list being 1. */
  maxDepth: number;
}

/** The first limit the text went past, with how far it had counted then. */
export interface JsonShapeExcess {
  limit: 'keys' | 'listItems' | 'depth';
  counted: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isWhitespace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Counts the keys, list items and nesting of a JSON text in one pass over its bytes, without building
 * anything, and stops at the first limit passed. Why before parsing: `JSON.parse` of 500,000
 * keys (6 MB) blocks the event loop for most of a second, and each later walk (depth, coercion,
 * cost, cache key) costs as much again; this scan reads 6 MB in a few milliseconds. It is not
 * a validator: text that is not JSON is counted loosely and left for the parser to refuse.
 * Structural bytes are ASCII, which never occur inside a multi-byte UTF-8 sequence, so the
 * bytes can be read without decoding.
 */
export function jsonShapeExcess(text: Uint8Array, limits: JsonShapeLimits): JsonShapeExcess | undefined {
  let keys = 0;
  let listItems = 0;
  // For each open container: true for a list. A list item is counted where its value starts.
  const containers: boolean[] = [];
  let expectingItem = false;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const byte = text[index]!;
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (isWhitespace(byte)) continue;
    if (expectingItem && byte !== CLOSE_LIST) {
      listItems += 1;
      if (listItems > limits.maxListItems) return { limit: 'listItems', counted: listItems };
    }
    expectingItem = false;
    switch (byte) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_OBJECT:
      case OPEN_LIST:
        containers.push(byte === OPEN_LIST);
        expectingItem = byte === OPEN_LIST;
        if (containers.length > limits.maxDepth) return { limit: 'depth', counted: containers.length };
        break;
      case CLOSE_OBJECT:
      case CLOSE_LIST:
        containers.pop();
        break;
      case COLON:
        keys += 1;
        if (keys > limits.maxKeys) return { limit: 'keys', counted: keys };
        break;
      case COMMA:
        expectingItem = containers[containers.length - 1] === true;
        break;
      default:
        break;
    }
  }
  return undefined;
}
