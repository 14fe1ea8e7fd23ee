/**
 * @module bench/groonga/commands
 * What the benchmark says to Groonga, built as text: the schema (title / number / body columns
 * under one TokenBigram + NormalizerAuto lexicon, the facet fields as plain columns), a document
 * as a load record, and a search request as a `select` command — bare (top 20 by score and the
 * count) or with the project's facets (drilldowns) and passages (snippet_html).
 *
 * Pure: no process, no I/O, so the escaping is tested on its own (tests/bench/groonga-commands).
 * Queries go through the project's own parser, so both engines search the same terms: each term
 * a quoted phrase (a phrase of bigrams is exactly a substring, as in the project), alternatives
 * joined by OR, groups by AND, excluded terms with '-'. Where no document holds every term, the
 * project answers with those holding some (mode 'partial'); Groonga's count is then 0.
 */
import type { SearchFilters, SearchRequest } from '../../src/model';
import { levelOf, statusOn } from '../../src/store/query/filter-documents';
import type { ParsedQuery } from '../../src/store/query/parse-query';
import type { IndexableDocument } from '../../src/store/search-backend';

/** The facets the project computes from stored fields (status is precomputed for today). */
export const GROONGA_FACETS = ['county', 'level', 'status', 'year', 'type', 'issuer', 'units'] as const;

/** Columns weighted as the project weighs its fields: title and number above the body. */
const MATCH_COLUMNS = 'title*10||number*10||body';

/** The table and its columns, created before the load. */
export const TABLE_COMMANDS: readonly string[] = [
  'table_create Docs TABLE_HASH_KEY ShortText',
  'column_create Docs title COLUMN_SCALAR ShortText',
  'column_create Docs number COLUMN_SCALAR ShortText',
  'column_create Docs body COLUMN_SCALAR LongText',
  'column_create Docs county COLUMN_SCALAR ShortText',
  'column_create Docs level COLUMN_SCALAR ShortText',
  'column_create Docs status COLUMN_SCALAR ShortText',
  'column_create Docs year COLUMN_SCALAR UInt16',
  'column_create Docs type COLUMN_SCALAR ShortText',
  'column_create Docs issuer COLUMN_SCALAR ShortText',
  'column_create Docs units COLUMN_VECTOR ShortText',
];

/**
 * The lexicon and its index, created after the load: Groonga then builds the index offline in
 * one pass (its documented fast path), several times faster than indexing record by record.
 */
export const INDEX_COMMANDS: readonly string[] = [
  'table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram --normalizer NormalizerAuto',
  'column_create Terms docs_index COLUMN_INDEX|WITH_POSITION|WITH_SECTION Docs title,number,body',
];

/** One document as Groonga stores it; every field the select commands read. */
export interface GroongaRecord {
  _key: string;
  title: string;
  number: string;
  body: string;
  county: string;
  level: string;
  status: string;
  year: number;
  type: string;
  issuer: string;
  units: string[];
}

/**
 * A stored document as a Groonga record: the number as canonical and as printed, the body as
 * everything else the project indexes (headings, paragraphs, printed lines), status for `asOf`.
 */
export function toGroongaRecord(doc: IndexableDocument, asOf: string): GroongaRecord {
  return {
    _key: doc.id,
    title: doc.title,
    number: [...new Set([doc.docNumber, doc.docNumberRaw].filter((n): n is string => !!n))].join(' '),
    body: [...doc.headings, ...doc.paragraphs, ...(doc.printed ?? [])].join('\n'),
    county: doc.county ?? '',
    level: levelOf(doc) ?? '',
    status: statusOn(doc, asOf),
    year: doc.year ?? 0,
    type: doc.type ?? '',
    issuer: doc.issuingBody ?? '',
    units: doc.units,
  };
}

/**
 * A value as one argument of Groonga's command line: in single quotes, with the backslash and
 * the quote escaped; a line break would end the command, so it becomes a space.
 *
 * @example commandArgument("it's") // "'it\\'s'"
 */
export function commandArgument(value: string): string {
  return `'${value.replace(/[\r\n]+/g, ' ').replace(/[\\']/g, '\\$&')}'`;
}

/**
 * A term as a phrase of Groonga's query syntax: in double quotes, the backslash and the double
 * quote escaped, so OR, -, +, parentheses and column names inside it are plain text.
 *
 * @example queryPhrase('a"b') // '"a\\"b"'
 */
export function queryPhrase(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** A string literal of Groonga's script syntax (--filter). */
export function scriptString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * The parsed query in Groonga's query syntax; '' when nothing is to be matched (browse). A
 * query the parser read as one document number, written any way, is searched as the canonical
 * number (which the number column holds), as the project does.
 */
export function groongaQuery(parsed: Pick<ParsedQuery, 'groups' | 'exclude' | 'docNumber'>): string {
  if (parsed.docNumber) return queryPhrase(parsed.docNumber);
  const groups = parsed.groups
    .filter((group) => group.length > 0)
    .map((group) => {
      const alternatives = group.map((term) => queryPhrase(term.text));
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
    });
  if (groups.length === 0) return '';
  return [...groups, ...parsed.exclude.map((term) => `-${queryPhrase(term.text)}`)].join(' ');
}

/** The filters Groonga can apply from its columns, as a script expression ('' for none). */
export function groongaFilter(filters: SearchFilters): string {
  const anyOf = (column: string, values: readonly (string | number)[] | undefined) =>
    values && values.length > 0 ? `(${values.map((v) => `${column} == ${typeof v === 'number' ? v : scriptString(v)}`).join(' || ')})` : '';
  const unitOf = (values: readonly string[] | undefined) =>
    values && values.length > 0 ? `(${values.map((v) => `units @ ${scriptString(v)}`).join(' || ')})` : '';
  return [
    anyOf('county', filters.county),
    anyOf('year', filters.year),
    anyOf('issuer', filters.issuer),
    anyOf('type', filters.type),
    anyOf('status', filters.status),
    anyOf('level', filters.level),
    unitOf(filters.unit),
  ]
    .filter(Boolean)
    .join(' && ');
}

export interface SelectOptions {
  /** Hits returned (the count is always of every match). */
  limit: number;
  /** Drilldowns of GROONGA_FACETS and a snippet of the body for each hit. */
  facetsAndPassages: boolean;
  /** Values returned per facet. */
  facetLimit?: number;
}

/** A search request as one `select` command line. */
export function selectCommand(request: SearchRequest, parsed: Pick<ParsedQuery, 'groups' | 'exclude' | 'filters' | 'docNumber'>, options: SelectOptions): string {
  const query = groongaQuery(parsed);
  const filter = groongaFilter({ ...parsed.filters, ...request.filters });
  const parts = ['select Docs'];
  if (query) parts.push(`--match_columns ${commandArgument(MATCH_COLUMNS)} --query ${commandArgument(query)}`);
  if (filter) parts.push(`--filter ${commandArgument(filter)}`);
  const columns = options.facetsAndPassages ? '_key,_score,title,snippet_html(body)' : '_key,_score';
  parts.push(`--output_columns ${commandArgument(columns)} --limit ${options.limit} --sort_keys -_score`);
  if (options.facetsAndPassages) {
    for (const facet of GROONGA_FACETS) {
      parts.push(`--drilldowns[${facet}].keys ${facet} --drilldowns[${facet}].sort_keys -_nsubrecs --drilldowns[${facet}].limit ${options.facetLimit ?? 20}`);
    }
  }
  return parts.join(' ');
}

/** The count of matches in a select response body. */
export function selectCount(body: unknown): number {
  const result = Array.isArray(body) ? body[0] : undefined;
  const count = Array.isArray(result) && Array.isArray(result[0]) ? result[0][0] : undefined;
  if (typeof count !== 'number') throw new Error(`Groonga 的 select 应答无法读取命中数：${JSON.stringify(body)?.slice(0, 200)}`);
  return count;
}
