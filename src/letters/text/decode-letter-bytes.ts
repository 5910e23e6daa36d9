import iconv from 'iconv-lite';

/** How far into a file a declared character set is looked for (an HTML head, an XML declaration). */
const CHARSET_SNIFF_BYTES = 2048;
/** `<meta charset="...">`, `<meta http-equiv=... content="text/html; charset=...">`, `<?xml ... encoding="...">`. */
const DECLARED_CHARSET = /(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})/i;
/** Older Word exports and saved web pages that declare nothing are Windows-1252 (Latin-1 with curly quotes). */
const FALLBACK_ENCODING = 'windows-1252';
const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'ascii', 'us-ascii', 'cp819', 'ibm819', 'iso-ir-100']);

/**
 * The character set the file declares for itself, when iconv-lite knows it. UTF-8 and UTF-16
 * declarations are ignored here: the bytes themselves say whether they are those.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, CHARSET_SNIFF_BYTES)).toString('latin1');
  const declared = DECLARED_CHARSET.exec(head)?.[1].toLowerCase() ?? null;
  if (declared === null || /^utf-?(8|16)/.test(declared) || !iconv.encodingExists(declared)) return null;
  // As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are Windows-1252, whose
  // curly quotes and dashes Word put in them.
  return LATIN1_LABELS.has(declared) ? FALLBACK_ENCODING : declared;
}

/**
 * Decodes a letter file's bytes: UTF-16 when it starts with a byte order mark, UTF-8 when
 * the bytes are valid UTF-8, otherwise the character set the file declares (an HTML page's
 * `charset`), else Windows-1252, the encoding of older Word exports. iconv-lite does the
 * decoding: Node's own "windows-1252" decoder is Latin-1 when built without full ICU, which
 * would turn Word's curly quotes into control characters.
 */
export function decodeLetterBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return iconv.decode(buffer, declaredCharset(bytes) ?? FALLBACK_ENCODING);
  }
}
