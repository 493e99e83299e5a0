// Hostile values the fuzz draws from. Read once from the OWASP-derived fixture plus the
// classics of text handling, injection and path traversal.
import { readFileSync } from 'node:fs';

/** OWASP XSS filter-evasion payloads (also rendered by the browser test). */
export const XSS_PAYLOADS = JSON.parse(
  readFileSync(new URL('./fixtures/xss-payloads.json', import.meta.url), 'utf8'),
) as string[];

/** Valid Unicode text that storage must keep byte for byte. */
export const UNICODE_TEXTS: readonly string[] = [
  'Zoë Ångström-Ñúñez',
  'Łukasz Żółć 北京市 東京都 서울',
  '👩🏽‍💻 family: 👨‍👩‍👧‍👦 flags: 🇫🇷🇪🇸',
  'مرحبا بالعالم (right-to-left)',
  '\u202eevil\u202c override \u2066isolate\u2069',
  'zero\u200bwidth\u200cjoiner\u200dmarks\ufeffbom',
  'e\u0301 (NFD) vs \u00e9 (NFC)',
  'Z̸̢̛͖̜̱͙̳͂͐̈́͆a̶l̷g̴o̵',
  'tab\tnew\nline\rcarriage',
  '\u0001\u001f\u007f control characters',
  'astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟘𝟙𝟚 \u{10FFFD}',
  'noncharacters \uFFFE\uFFFF',
  ' leading and trailing spaces ',
  '"quotes" \'single\' `back` \\backslash\\ /slash/',
  '%s %d %n {0} ${x} {{x}} #{x}',
];

/**
 * Text storage cannot keep byte for byte everywhere: NUL (SQLite text ends there) and lone
 * surrogates (not Unicode). Either refused with a 400 or kept exactly, never altered.
 */
export const INVALID_UTF16: readonly string[] = ['nul\u0000byte', 'lone high \ud800 surrogate', 'lone low \udfff surrogate', '\udc00\ud800 reversed pair'];

/** SQL payloads, for every text and filter. */
export const SQL_PAYLOADS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE learners; --",
  '" OR ""="',
  "1; SELECT * FROM organisations --",
  "' UNION SELECT issuer_key, key_hash, 1 FROM organisations --",
  "%' AND 1=1 AND '%'='",
  '\\', '%', '_', "'", '"',
  "admin'--",
  "1' AND sleep(5) --",
];

/** Ids meant to escape their folder, smuggle separators or break a parser. Already URL-encoded for a path. */
export const HOSTILE_PATH_IDS: readonly string[] = [
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%5C..%5Cwindows%5Cwin.ini',
  '%252e%252e%252f',
  'lrn_demo_amara%00',
  'lrn_demo_amara%2F..%2Flrn_demo_lucie',
  'lrn_demo_amara%3Bdrop',
  encodeURIComponent("lrn_' OR '1'='1"),
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent('👩🏽‍💻'),
  '%ZZ%E0%A4%A',
  '%C0%AE%C0%AE%2F',
  'x'.repeat(5000),
  'me',
  '%20',
  '__proto__',
  'constructor',
  'crs_' + 'a'.repeat(64),
  encodeURIComponent('sk_test_upskill_demo'),
  'null',
  '-1',
  '1e999',
];

/** Values for `limit`. */
export const HOSTILE_LIMITS: readonly string[] = [
  '-1', '0', '101', '1000000', '99999999999999999999999', '1e308', 'Infinity', 'NaN', '1.5', 'abc', '', '%205', '+5', '0x10',
  '5abc', '-0', '100.0000000001', encodeURIComponent('<script>'), encodeURIComponent("1' OR 1=1"),
];

/** Forged cursors: other kinds, other shapes, garbage, huge. */
export function forgedCursors(): string[] {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return [
    b64(['learners', 'lrn_demo_amara']),
    b64(['courses', 'zzzz']),
    b64(['enrollments', 0]),
    b64(['jobs', '9999-12-31', 1e308]),
    b64(['jobs', null, null]),
    b64({ kind: 'courses' }),
    b64(['courses', { $gt: '' }]),
    b64(['courses', "' OR 1=1 --"]),
    b64([]),
    b64('x'.repeat(300)),
    Buffer.from('not json at all').toString('base64url'),
    'a', '!!!!', encodeURIComponent('../../etc/passwd'), encodeURIComponent('{"kind":"courses"}'),
    'A'.repeat(600), 'A'.repeat(50_000), '%00', encodeURIComponent('\u{1F600}'),
  ];
}

/** Deeply nested JSON, as text: `depth` arrays (or objects) inside each other. */
export function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Bodies that are not JSON, or not JSON the way a parser expects. */
export const INVALID_JSON: readonly string[] = [
  '', '{', '}', '{"a":}', '{"a" 1}', "{'a': 1}", '{"a":1,}', '[1,2', 'nul', 'undefined', 'NaN',
  '{"a":1}{"b":2}', '\ufeff{"a":1}', '{"a":"\u0000"', '{"a":"\\x41"}', '{"a":"\\ud800"}', '{"__proto__":{"admin":true}}',
  '"just a string"', '42', 'null', 'true', '[]', '{"a":1e999999}', '{"a":-0}',
  '\u0000', Buffer.from([0xff, 0xfe, 0xfd]).toString('latin1'),
];

/** Content types that are not JSON, or are JSON spelled oddly. */
export const CONTENT_TYPES: readonly (string | undefined)[] = [
  undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml',
  'application/json; charset=utf-16', 'application/jsonx', 'APPLICATION/JSON', 'application/json;;;', 'text/html',
  '*/*', 'application/merge-patch+json', 'application/json\u00e9',
];

/** Wrong-typed values for any field. */
export function wrongTypes(): unknown[] {
  return [null, 0, -1, 1.5, 1e308, true, false, [], [1], {}, { a: 1 }, '', ' ', 'x'.repeat(1_048_000), '\u0000'];
}
