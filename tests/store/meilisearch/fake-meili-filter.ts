/**
 * The filter expressions of the fake Meilisearch server (fake-meili.ts), read as the documented
 * grammar reads them — `=`, `!=`, `<`, `>=`, `IN [...]`, `EXISTS`, `NOT`, `AND`, `OR`,
 * parentheses, quoted strings — and strict as Meilisearch is: an attribute that is not
 * filterable, or an expression that does not parse, is a 400.
 */

/** A stored document. */
export type Doc = Record<string, unknown> & { id: string };

/** A request Meilisearch refuses (400), with its error code. */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

type Token = { kind: 'word' | 'string' | 'op' | 'punct'; text: string };

function lexFilter(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let value = '';
      i++;
      while (i < input.length && input[i] !== c) {
        if (input[i] === '\\' && i + 1 < input.length) i++;
        value += input[i++];
      }
      if (i >= input.length) throw new BadRequest(`unterminated string in filter: ${input}`, 'invalid_search_filter');
      i++;
      tokens.push({ kind: 'string', text: value });
    } else if ('()[],'.includes(c)) {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else if (/[=!<>]/.test(c)) {
      const two = input.slice(i, i + 2);
      const op = ['!=', '>=', '<='].includes(two) ? two : c;
      if (op === '!') throw new BadRequest(`bad operator in filter: ${input}`, 'invalid_search_filter');
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      let word = '';
      while (i < input.length && !/[\s()[\],=!<>"']/.test(input[i])) word += input[i++];
      tokens.push({ kind: 'word', text: word });
    }
  }
  return tokens;
}

type Predicate = (doc: Doc) => boolean;

export function parseFilter(input: string, filterable: Set<string>): Predicate {
  const tokens = lexFilter(input);
  let at = 0;
  const peek = () => tokens[at];
  const isWord = (w: string) => peek()?.kind === 'word' && peek().text.toUpperCase() === w;
  const fail = (why: string): never => {
    throw new BadRequest(`invalid filter (${why}): ${input}`, 'invalid_search_filter');
  };
  const value = (): string => {
    const t = tokens[at++];
    if (!t || (t.kind !== 'string' && t.kind !== 'word')) fail('value expected');
    return t.text;
  };
  const values = (doc: Doc, field: string): unknown[] => {
    const v = doc[field];
    return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
  };
  const equal = (a: unknown, b: string) => (typeof a === 'number' ? Number(b) === a : String(a) === b);

  function condition(): Predicate {
    if (peek()?.kind === 'punct' && peek().text === '(') {
      at++;
      const inner = or();
      if (tokens[at++]?.text !== ')') fail(') expected');
      return inner;
    }
    if (isWord('NOT')) {
      at++;
      const inner = condition();
      return (d) => !inner(d);
    }
    const fieldToken = tokens[at++];
    if (!fieldToken || fieldToken.kind === 'punct' || fieldToken.kind === 'op') fail('attribute expected');
    const field = fieldToken.text;
    if (!filterable.has(field)) {
      throw new BadRequest(`Attribute \`${field}\` is not filterable: ${input}`, 'invalid_search_filter');
    }
    if (isWord('EXISTS')) {
      at++;
      return (d) => d[field] !== undefined;
    }
    if (isWord('NOT')) {
      at++;
      if (isWord('EXISTS')) {
        at++;
        return (d) => d[field] === undefined;
      }
      if (!isWord('IN')) fail('IN or EXISTS expected after NOT');
      const list = inList();
      return (d) => !values(d, field).some((v) => list.some((x) => equal(v, x)));
    }
    if (isWord('IN')) {
      const list = inList();
      return (d) => values(d, field).some((v) => list.some((x) => equal(v, x)));
    }
    const op = tokens[at++];
    if (op?.kind !== 'op') fail('operator expected');
    const operand = value();
    switch (op.text) {
      case '=':
        return (d) => values(d, field).some((v) => equal(v, operand));
      case '!=':
        return (d) => !values(d, field).some((v) => equal(v, operand));
      default: {
        const n = Number(operand);
        if (!Number.isFinite(n)) fail('number expected');
        const cmp = { '>': (a: number) => a > n, '<': (a: number) => a < n, '>=': (a: number) => a >= n, '<=': (a: number) => a <= n }[op.text as '>'];
        return (d) => values(d, field).some((v) => typeof v === 'number' && cmp(v));
      }
    }
  }
  function inList(): string[] {
    at++;
    if (tokens[at++]?.text !== '[') fail('[ expected');
    const list: string[] = [];
    while (peek() && peek().text !== ']') {
      list.push(value());
      if (peek()?.text === ',') at++;
    }
    if (tokens[at++]?.text !== ']') fail('] expected');
    return list;
  }
  /** `next (word next)*`: all of them (AND) or any (OR). */
  function chain(word: 'AND' | 'OR', next: () => Predicate): Predicate {
    const parts = [next()];
    while (isWord(word)) {
      at++;
      parts.push(next());
    }
    return word === 'AND' ? (d) => parts.every((p) => p(d)) : (d) => parts.some((p) => p(d));
  }
  function and(): Predicate {
    return chain('AND', condition);
  }
  function or(): Predicate {
    return chain('OR', and);
  }
  const predicate = or();
  if (at < tokens.length) fail(`unexpected ${tokens[at].text}`);
  return predicate;
}
