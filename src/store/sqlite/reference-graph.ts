/**
 * @module store/sqlite/reference-graph
 * Reading the reference graph: what a document cites, bases itself on, implements, revises and
 * repeals, who does the same to it, and whether it is still in force — by number, or by title
 * for documents cited without one. Read-only, over the store's connection.
 */
import type { Level, RelationKind } from '../../model';
import { REFERENCE_EDGE_KEYS, type ReferenceEdgeKey } from '../../model/store-views';
import { parseDocNumber } from '../../domain/doc-number';
import { extendedTerm, extensionUntil } from '../../domain/extension';
import { validityStatus } from '../../domain/validity';
import { titleKey, typedTitle, typedTitleKey } from '../../text/book-titles';
import type { AsOf, DocumentBrief, ReferenceGraph, ReferenceNode, ValidityState } from '../gazette-store';
import { decodeDocumentHead, type DocumentHead } from './document-codec';
import { brief, briefColumns, undef, type DocumentRow } from './document-rows';
import { documentByName, issuedName, numberUnknown } from './numberless-documents';
import { textOf } from './row-values';
import type { Sql } from './sql';

interface ReferenceRow {
  document_id: string;
  relation: RelationKind;
  to_number: string | null;
  to_number_raw: string | null;
  to_title: string | null;
  level: Level | null;
  /** Text or UTF-16 (row-values.ts, schema step 11). */
  sentence: string | Buffer;
  node_number: string | null;
  node_title: string | null;
  node_level: Level | null;
}

/** Relations seen from the cited side: who cites / repeals / revises / interprets this node. */
type EdgeList = ReferenceEdgeKey;

const incoming: Record<RelationKind, EdgeList> = {
  cites: 'citedBy',
  basedOn: 'citedBy',
  implements: 'citedBy',
  repeals: 'repealedBy',
  revises: 'revisedBy',
  interprets: 'interpretedBy',
  extends: 'extendedBy',
};

const outgoing: Record<RelationKind, EdgeList> = {
  cites: 'cites',
  basedOn: 'basedOn',
  implements: 'implements',
  repeals: 'repeals',
  revises: 'revises',
  interprets: 'interprets',
  extends: 'extends',
};

type Graph1 = Omit<ReferenceGraph, 'neighbours'>;

/** What repeals and extensions are looked up by: a document's number, titles, date and county. */
type ActedOn = { id: string; docNumber?: string; title: string; instrumentTitle?: string; date?: string; county?: string };

/** A document acting on another, with how its reference named the other and the sentence saying so. */
type ActorRow = DocumentRow & { ref_relation: 'repeals' | 'extends'; ref_sentence: string | Buffer; ref_number: string | null; ref_number_raw: string | null; ref_title: string | null };
const actorColumns = 'r.relation AS ref_relation, s.sentence AS ref_sentence, r.to_number AS ref_number, r.to_number_raw AS ref_number_raw, r.to_title AS ref_title';

/**
 * The day an extending sentence gives the document it names by one of `names` (its number as
 * printed, canonical, or its title): read after that name and the brackets closing it.
 */
function untilIn(sentence: string, names: Array<string | null>): string | undefined {
  const name = names.find((t): t is string => !!t && sentence.includes(t));
  if (!name) return extensionUntil(sentence);
  const end = sentence.indexOf(name) + name.length;
  return extensionUntil(sentence, end + (sentence.slice(end).match(/^[》）)]*\s*(?:[（(][^（()）]*[）)])?/)?.[0].length ?? 0));
}

/** An extension edge's day (有效期延长至…), from its sentence. */
function untilOf(ref: ReferenceRow): { until?: string } {
  const until = ref.relation === 'extends' ? untilIn(textOf(ref.sentence), [ref.to_number_raw, ref.to_number, ref.to_title]) : undefined;
  return until ? { until } : {};
}

/** Each document once (it may repeal or extend in several sentences), in the order given. */
function uniqueBriefs(rows: DocumentRow[]): DocumentBrief[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id)).map(brief);
}

/**
 * The names a reference may give a document, as JSON for json_each: its title and its
 * instrument's, as printed and as keys (a node keeps the title the first reference printed).
 */
function namesOf(document: { title: string; instrumentTitle?: string }): string {
  const names = [document.title, document.instrumentTitle ?? issuedName(document.title)].filter((t): t is string => !!t);
  return JSON.stringify([...new Set([...names, ...names.map(titleKey)])]);
}

/** What a document's status is read from: its number, titles, date and validity clauses. */
export type StatusSubject = Pick<DocumentHead, 'id' | 'docNumber' | 'title' | 'instrumentTitle' | 'date' | 'county' | 'validity'>;

/**
 * @example
 * const refs = new ReferenceGraphReader(sql);
 * refs.references('稷政办发〔2022〕31号', { asOf: '2026-11-24' }).citedBy; // → the edges from documents citing it
 */
export class ReferenceGraphReader {
  constructor(private readonly sql: Sql) {}

  references(docNumberOrTitle: string, options: Required<AsOf> & { depth?: 1 | 2 }): ReferenceGraph {
    const asOf = options.asOf;
    const graph: ReferenceGraph = this.graph(docNumberOrTitle, asOf);
    if (options.depth === 2) {
      const neighbours: Record<string, Graph1> = {};
      const self = graph.node.docNumber ?? graph.node.title;
      for (const key of REFERENCE_EDGE_KEYS) {
        for (const edge of graph[key]) {
          for (const end of [edge.from, edge.to]) {
            const name = end.docNumber ?? end.title;
            if (!name || name === self || neighbours[name]) continue;
            neighbours[name] = this.graph(name, asOf);
          }
        }
      }
      graph.neighbours = neighbours;
    }
    return graph;
  }

  /**
   * The documents that repeal this one and the notices that extend its term (关于延长《某办法》有效期的
   * 通知, each with the day its sentence extends it to: domain/extension.ts), oldest first — one
   * query for both, since every document indexed asks both.
   *
   * Found by its number, or by its title or its instrument's title (原《…办法》同时废止, 《化妆品卫生
   * 监督条例》同时废止 — a law or decree named without its number). A reference by title counts only
   * from a document not older than this one (the 2012 试行 rules repeal the 1999 rules of the same
   * name, not the 2019 ones) and of the same county where both have one (two counties'
   * 关于做好防汛工作的通知 share a title).
   */
  actingOn(document: ActedOn): { repealers: DocumentBrief[]; extenders: Array<DocumentBrief & { until?: string }> } {
    const date = document.date ?? null;
    const county = document.county ?? null;
    // +n.doc_number: looked up by the title index — the number index would read every node named
    // by title alone (thousands at 1000×), for every document indexed.
    const byTitle = `(+n.doc_number IS NULL AND n.title IN (?, ?) AND (? IS NULL OR d.date IS NULL OR d.date >= ?) AND (? IS NULL OR d.county IS NULL OR d.county = ?))`;
    const titles = [titleKey(document.title), titleKey(document.instrumentTitle ?? document.title), date, date, county, county];
    const rows = this.sql(
      `SELECT DISTINCT ${briefColumns}, ${actorColumns} FROM doc_references r JOIN ref_nodes n ON n.id = r.node_id
       JOIN documents d ON d.no = r.document_no JOIN ref_sentences s ON s.id = r.sentence_id
       WHERE r.relation IN ('repeals', 'extends') AND d.id <> ? AND (${document.docNumber ? 'n.doc_number = ? OR ' : ''}${byTitle}) ORDER BY d.date`,
    ).all(document.id, ...(document.docNumber ? [document.docNumber] : []), ...titles) as ActorRow[];
    if (!document.docNumber) rows.push(...this.numberedActorsOf(document, new Set(rows.map((r) => `${r.ref_relation}:${r.id}`))));
    rows.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    return {
      repealers: uniqueBriefs(rows.filter((row) => row.ref_relation === 'repeals')),
      extenders: rows
        .filter((row) => row.ref_relation === 'extends')
        .map((row) => {
          const until = untilIn(textOf(row.ref_sentence), [row.ref_number_raw, row.ref_number, row.ref_title]);
          return { ...brief(row), ...(until ? { until } : {}) };
        }),
    };
  }

  /** References naming a numberless document by a number no stored document carries and its title (numberless-documents.ts). */
  private numberedActorsOf(document: { id: string; title: string; instrumentTitle?: string }, seen: Set<string>): ActorRow[] {
    const rows = this.sql(
      `SELECT ${briefColumns}, ${actorColumns}, n.doc_number AS node_number, n.title AS node_title, n.level AS node_level FROM doc_references r
       JOIN ref_nodes n ON n.id = r.node_id JOIN documents d ON d.no = r.document_no JOIN ref_sentences s ON s.id = r.sentence_id
       WHERE r.relation IN ('repeals', 'extends') AND n.title IN (SELECT value FROM json_each(?)) AND n.doc_number IS NOT NULL AND d.id <> ?`,
    ).all(namesOf(document), document.id) as Array<ActorRow & Pick<ReferenceRow, 'node_number' | 'node_title' | 'node_level'>>;
    return rows.filter((row) => !seen.has(`${row.ref_relation}:${row.id}`) && this.numberlessTarget(row)?.id === document.id);
  }

  statusOf(document: StatusSubject, asOf: string): ValidityState {
    const { repealers: repealedBy, extenders: extendedBy } = this.actingOn(document);
    const { status, reason } = validityStatus(
      {
        validity: document.validity,
        date: document.date,
        repealedBy: repealedBy.map((r) => ({ date: r.date, docNumber: r.docNumber, title: r.title })),
        extendedBy: extendedBy.map((r) => ({ date: r.date, docNumber: r.docNumber, title: r.title, until: r.until })),
      },
      asOf,
    );
    return {
      status,
      asOf,
      reason,
      effectiveFrom: document.validity.effectiveFrom,
      // The last day in force once the notices extending it are read (domain/extension.ts).
      expiresOn: extendedTerm(document.validity.expiresOn, extendedBy).expiresOn,
      ...(repealedBy.length > 0 ? { repealedBy } : {}),
    };
  }

  /** Depth-1 graph around a number or a title. */
  private graph(query: string, asOf: string): Graph1 {
    const parsed = parseDocNumber(query);
    const canonical = parsed?.canonical;
    // A title is looked up by its key, as references name it (book-titles.ts): typed with （） or (), 〈〉 or 《》, it is one title.
    const title = canonical ? undefined : typedTitleKey(query);
    // A title may be the name of what a notice issues (陕西省政务信息资源共享管理办法 for 关于印发《…》的通知).
    // A number no stored document carries may be one stored without it, named by the title references give it.
    const row = (
      canonical
        ? (this.sql('SELECT * FROM documents WHERE doc_number = ? ORDER BY date DESC LIMIT 1').get(canonical) ??
          this.numberlessTarget({ node_number: canonical, node_title: this.nodeTitle(canonical) ?? null, node_level: parsed!.level }))
        : (this.sql('SELECT * FROM documents WHERE title_key = ? LIMIT 1').get(title) ?? documentByName(this.sql, title!))
    ) as DocumentRow | undefined;
    const document = row ? decodeDocumentHead(row.record_json) : undefined;
    const node: ReferenceNode = document
      ? { docNumber: document.docNumber, title: document.title, document: brief(row!) }
      : { docNumber: canonical, title: canonical ? this.nodeTitle(canonical) : typedTitle(query), level: parsed?.level };

    const graph: Graph1 = {
      node,
      cites: [],
      citedBy: [],
      repeals: [],
      repealedBy: [],
      basedOn: [],
      implements: [],
      revises: [],
      revisedBy: [],
      interprets: [],
      interpretedBy: [],
      extends: [],
      extendedBy: [],
    };
    // Each sentence of a document is stored once (schema step 8); a reference names its document by number (step 11).
    const selectRefs = `SELECT c.id AS document_id, r.relation, r.to_number, r.to_number_raw, r.to_title, r.level, s.sentence,
        n.doc_number AS node_number, n.title AS node_title, n.level AS node_level
      FROM doc_references r JOIN documents c ON c.no = r.document_no JOIN ref_nodes n ON n.id = r.node_id JOIN ref_sentences s ON s.id = r.sentence_id`;
    if (document) {
      const rows = this.sql(`${selectRefs} WHERE c.id = ? ORDER BY r.ordinal`).all(document.id) as ReferenceRow[];
      for (const ref of rows) {
        graph[outgoing[ref.relation]].push({
          relation: ref.relation,
          from: node,
          to: this.targetNode(ref),
          sentence: textOf(ref.sentence),
          ...untilOf(ref),
        });
      }
    }
    const docNumber = node.docNumber;
    const titles = [document?.title, document?.instrumentTitle, docNumber ? undefined : title]
      .filter((t): t is string => !!t)
      .map(titleKey);
    const incomingRows = [
      ...(docNumber ? (this.sql(`${selectRefs} WHERE n.doc_number = ? ORDER BY c.id, r.ordinal`).all(docNumber) as ReferenceRow[]) : []),
      ...(titles.length > 0
        ? (this.sql(
            `${selectRefs} WHERE n.doc_number IS NULL AND n.title IN (SELECT value FROM json_each(?)) ORDER BY c.id, r.ordinal`,
          ).all(JSON.stringify(titles)) as ReferenceRow[])
        : []),
      ...(document && !docNumber ? this.numberedNamesOf(document, selectRefs) : []),
    ].filter((ref) => ref.document_id !== document?.id);
    for (const ref of incomingRows) {
      const from = this.sql(`SELECT ${briefColumns} FROM documents d WHERE d.id = ?`).get(ref.document_id) as DocumentRow;
      graph[incoming[ref.relation]].push({
        relation: ref.relation,
        from: { docNumber: undef(from.doc_number), title: from.title, document: brief(from) },
        to: node,
        sentence: textOf(ref.sentence),
        ...untilOf(ref),
      });
      if (!node.level && ref.level) node.level = ref.level;
    }

    if (document) {
      graph.status = this.statusOf(document, asOf);
    } else if (graph.repealedBy.length > 0) {
      // Outside the corpus only a repeal can be known: the repealing documents say so.
      const repealedBy = graph.repealedBy.map((edge) => edge.from.document!).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const { status, reason } = validityStatus(
        { validity: {}, repealedBy: repealedBy.map((r) => ({ date: r.date, docNumber: r.docNumber, title: r.title })) },
        asOf,
      );
      graph.status = { status, asOf, reason, repealedBy };
    }
    return graph;
  }

  private nodeTitle(docNumber: string): string | undefined {
    const row = this.sql('SELECT title FROM ref_nodes WHERE doc_number = ? AND title IS NOT NULL LIMIT 1').get(docNumber) as
      | { title: string }
      | undefined;
    return row?.title;
  }

  /**
   * References to a stored document without a number that name it by number and title: the number
   * is no stored document's and the title answers to this one alone (numberless-documents.ts).
   */
  private numberedNamesOf(document: DocumentHead, selectRefs: string): ReferenceRow[] {
    const rows = this.sql(`${selectRefs} WHERE n.title IN (SELECT value FROM json_each(?)) AND n.doc_number IS NOT NULL ORDER BY c.id, r.ordinal`).all(
      namesOf(document),
    ) as ReferenceRow[];
    return rows.filter((ref) => this.numberlessTarget(ref)?.id === document.id);
  }

  /** The numberless document a reference by an unknown number names by its title (numberless-documents.ts). */
  private numberlessTarget(ref: Pick<ReferenceRow, 'node_number' | 'node_title' | 'node_level'>): DocumentRow | undefined {
    if (!ref.node_number || !ref.node_title || !numberUnknown(this.sql, ref.node_number)) return undefined;
    return documentByName(this.sql, ref.node_title, { numberless: true, level: ref.node_level });
  }

  private targetNode(ref: ReferenceRow): ReferenceNode {
    const target = ref.node_number
      ? ((this.sql(`SELECT ${briefColumns} FROM documents d WHERE d.doc_number = ? ORDER BY d.date DESC LIMIT 1`).get(ref.node_number) as
          | DocumentRow
          | undefined) ?? this.numberlessTarget(ref))
      : (this.sql(`SELECT ${briefColumns} FROM documents d WHERE d.title_key = ? LIMIT 1`).get(ref.node_title) as
          | DocumentRow
          | undefined);
    return {
      docNumber: undef(ref.to_number) ?? undef(ref.node_number),
      title: undef(ref.to_title) ?? target?.title ?? undef(ref.node_title),
      level: undef(ref.level) ?? undef(ref.node_level),
      ...(target ? { document: brief(target) } : {}),
    };
  }
}
