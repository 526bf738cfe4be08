/**
 * Caller-supplied text made safe to print: one helper that every renderer, finding message, chart
 * title and error message passes ids, names, titles, subjects and notes through, so no input can
 * start a line of its own, reorder what is printed around it, or hide in it.
 *
 * @module
 */

/**
 * The characters that could forge or hide printed output: C0 controls (line feed, carriage return,
 * tab, escape…), DEL and C1 controls (including NEL, U+0085, a line break to some readers), the
 * Unicode line and paragraph separators, and the bidirectional marks, embeddings, overrides and
 * isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). One class, no repetition: linear.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(character: string): string {
  return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The text with every character that could forge or hide a printed line replaced by a visible
 * escape: `\n`, `\r`, `\t`, or `\uXXXX` for other controls, line separators and bidi controls.
 * Ordinary text — accents, `£`, en dashes, emoji — is unchanged.
 * @internal
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Whether the text holds a character that {@link safeText} would escape. @internal */
export function hasUnsafeText(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/** How many characters of a caller's value an error message echoes before it is cut short. @internal */
export const MAX_ECHOED_LENGTH = 80;

/**
 * The text cut to {@link MAX_ECHOED_LENGTH} characters, with an ellipsis and the full length when it
 * was longer, and made safe with {@link safeText}: for echoing a caller's value in a message.
 * @internal
 */
export function shortText(text: string, limit = MAX_ECHOED_LENGTH): string {
  if (text.length <= limit) return safeText(text);
  return `${safeText(text.slice(0, limit))}… (${text.length} characters)`;
}
