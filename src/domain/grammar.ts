/**
 * @module domain/grammar
 * The document grammar table (data/document-grammar.json) and the small questions asked of it:
 * what type (文种) a title is, whether a line is an issuing body's name.
 */
import { compact } from '../text/normalize';
import { loadDataJson } from './load-data';

export interface DocumentGrammar {
  docTypes: string[];
  typeGroups: Record<string, string[]>;
  issuerSuffixes: string[];
  contentsHeadings: string[];
  publicityPrefix: string;
  attachmentPrefixes: string[];
  issueLabels: { published: string; publisher: string[] };
}

let grammar: DocumentGrammar | undefined;

export function loadDocumentGrammar(): DocumentGrammar {
  grammar ??= loadDataJson<DocumentGrammar>('document-grammar.json');
  return grammar;
}

/** The 文种 word a title ends with (longest first): '…实施方案' → '实施方案'. */
export function titleTypeWord(title: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const t = compact(title).replace(/[（(][^（()）]*[）)]$/, '');
  let best: string | undefined;
  for (const word of g.docTypes) {
    if (t.endsWith(word) && (!best || word.length > best.length)) best = word;
  }
  return best;
}

/** The type group a 文种 word belongs to: 实施方案 → 方案, 应急预案 → 预案, 通知 → 通知. */
export function typeGroup(word: string, g: DocumentGrammar = loadDocumentGrammar()): string {
  for (const [group, members] of Object.entries(g.typeGroups)) if (members.includes(word)) return group;
  return word;
}

/**
 * The type a user filters by: for 关于印发《X办法》的通知 the instrument's type (办法), since the
 * notice only carries it; otherwise the title's own.
 *
 * @example documentType('关于印发《稷山县大面积停电事件应急预案》的通知') // '预案'
 */
export function documentType(title: string, instrumentTitle?: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const own = titleTypeWord(title, g);
  const issued = /^关于(印发|转发|发布)/.test(compact(title));
  const inner = instrumentTitle ?? compact(title).match(/《([^》]+)》/)?.[1];
  if (issued && inner) {
    const word = titleTypeWord(inner, g);
    if (word) return typeGroup(word, g);
  }
  return own ? typeGroup(own, g) : undefined;
}

/** True for a line that is just an issuing body's name: 稷山县人民政府办公室, 县发改局. */
export function isIssuerName(line: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  const t = compact(line);
  if (t.length < 2 || t.length > 40 || /[，。；：、！？,;:]/.test(t)) return false;
  return g.issuerSuffixes.some((s) => t.endsWith(s));
}
