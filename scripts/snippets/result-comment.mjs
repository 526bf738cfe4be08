// The result comments of the docs' snippets: `expression; // → value` (or `//=> value`, the TSDoc
// form). The value is a literal (numbers, strings, true/false/null/undefined, arrays, objects) that may
// hold `…` for "and more": `{ a: 1, … }` matches an object with at least `a: 1`, `[1, …]` an array
// starting with 1, `'Business case … days'` a string with those parts in that order. Anything after
// the literal is prose. `throws PbcError CODE` (or `throws CODE`) expects the statement to throw.

/** @typedef {{ t: 'lit', v: unknown } | { t: 'str', parts: string[] } | { t: 'any' } | { t: 'arr', items: Matcher[], tail: Matcher[], partial: boolean } | { t: 'obj', entries: [string, Matcher][], partial: boolean } | { t: 'throws', code: string | null }} Matcher */

const ELLIPSIS = '…';

class ParseError extends Error {}

/**
 * Reads the literal at the start of `text` (after the `→`): the matcher and the prose left over, or
 * null when the text does not start with a literal.
 * @param {string} text
 * @returns {{ matcher: Matcher, rest: string } | null}
 */
export function parseResultComment(text) {
  const throws = /^\s*throws\b(?:\s+PbcError)?(?:\s+([A-Z][A-Z_]+)\b)?/.exec(text);
  if (throws) return { matcher: { t: 'throws', code: throws[1] ?? null }, rest: text.slice(throws[0].length) };
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const fail = () => {
    throw new ParseError(`not a literal at ${i}`);
  };
  /** @returns {Matcher} */
  const value = () => {
    space();
    const c = text[i];
    if (c === ELLIPSIS) {
      i++;
      return { t: 'any' };
    }
    if (c === '[') {
      i++;
      const items = [];
      const tail = [];
      let partial = false;
      for (;;) {
        space();
        if (text[i] === ']') break;
        if (text[i] === ELLIPSIS) {
          i++;
          partial = true;
        } else (partial ? tail : items).push(value());
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail();
      }
      i++;
      return { t: 'arr', items, tail, partial };
    }
    if (c === '{') {
      i++;
      const entries = [];
      let partial = false;
      for (;;) {
        space();
        if (text[i] === '}') break;
        if (text[i] === ELLIPSIS) {
          i++;
          partial = true;
        } else {
          let key;
          if (text[i] === "'" || text[i] === '"') {
            const k = value();
            if (k.t !== 'lit') fail();
            key = String(k.v);
          } else {
            const m = /^[A-Za-z_$][\w$]*|^\d+/.exec(text.slice(i));
            if (!m) fail();
            key = m[0];
            i += key.length;
          }
          space();
          if (text[i] !== ':') fail();
          i++;
          entries.push([key, value()]);
        }
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail();
      }
      i++;
      return { t: 'obj', entries, partial };
    }
    if (c === "'" || c === '"' || c === '`') {
      let out = '';
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\') {
          const n = text[i + 1];
          out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
          i += 2;
        } else out += text[i++];
      }
      if (text[i] !== c) fail();
      i++;
      return out.includes(ELLIPSIS) ? { t: 'str', parts: out.split(ELLIPSIS) } : { t: 'lit', v: out };
    }
    const m = /^(?:-?(?:\d[\d_]*)(?:\.\d+)?(?:e[+-]?\d+)?|true|false|null|undefined|-?Infinity)(?![\w$])/.exec(text.slice(i));
    if (!m) fail();
    i += m[0].length;
    const word = m[0];
    const v = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : word === 'undefined' ? undefined : Number(word.replaceAll('_', ''));
    return { t: 'lit', v };
  };
  try {
    const matcher = value();
    return { matcher, rest: text.slice(i) };
  } catch (error) {
    if (error instanceof ParseError) return null;
    throw error;
  }
}

const show = (value) => {
  try {
    return JSON.stringify(value, (_, v) => (v === undefined ? '<undefined>' : v));
  } catch {
    return String(value);
  }
};

/**
 * Compares a value with a matcher; returns null when it matches, or where and why it does not.
 * @param {Matcher} matcher
 * @param {unknown} actual
 * @param {string} [path]
 * @returns {string | null}
 */
export function mismatch(matcher, actual, path = '') {
  const at = path === '' ? 'the value' : path;
  switch (matcher.t) {
    case 'any':
      return null;
    case 'lit':
      return Object.is(matcher.v, actual) || (matcher.v === 0 && actual === 0) ? null : `${at} is ${show(actual)}, the comment says ${show(matcher.v)}`;
    case 'str': {
      if (typeof actual !== 'string') return `${at} is ${show(actual)}, the comment says a string`;
      let from = 0;
      const [first, ...others] = matcher.parts;
      if (!actual.startsWith(first)) return `${at} is ${show(actual)}, the comment says it starts ${show(first)}`;
      from = first.length;
      for (const [index, part] of others.entries()) {
        const last = index === others.length - 1;
        const found = last ? (actual.endsWith(part) && actual.length - part.length >= from ? actual.length - part.length : -1) : actual.indexOf(part, from);
        if (found < 0) return `${at} is ${show(actual)}, the comment says ${show(matcher.parts.join(ELLIPSIS))}`;
        from = found + part.length;
      }
      return null;
    }
    case 'arr': {
      if (!Array.isArray(actual)) return `${at} is ${show(actual)}, the comment says an array`;
      const expected = matcher.items.length + matcher.tail.length;
      if (matcher.partial ? actual.length < expected : actual.length !== expected)
        return `${at} has ${actual.length} items, the comment says ${matcher.partial ? 'at least ' : ''}${expected}: ${show(actual)}`;
      // Items before a … match the start of the array, items after it its end.
      const pairs = [...matcher.items.map((item, index) => [item, index]), ...matcher.tail.map((item, index) => [item, actual.length - matcher.tail.length + index])];
      for (const [item, index] of pairs) {
        const problem = mismatch(item, actual[index], `${path}[${index}]`);
        if (problem !== null) return problem;
      }
      return null;
    }
    case 'obj': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return `${at} is ${show(actual)}, the comment says an object`;
      const record = /** @type {Record<string, unknown>} */ (actual);
      for (const [key, item] of matcher.entries) {
        const problem = mismatch(item, record[key], `${path}.${key}`);
        if (problem !== null) return problem;
      }
      if (!matcher.partial) {
        const expected = new Set(matcher.entries.map(([key]) => key));
        const extra = Object.keys(record).filter((key) => !expected.has(key) && record[key] !== undefined);
        if (extra.length > 0) return `${at} also has ${extra.join(', ')} (write … to leave fields out)`;
      }
      return null;
    }
    case 'throws':
      return `${at} is ${show(actual)}: the comment says the statement throws`;
  }
}
