/**
 * @module api/routes/documents
 * GET /api/documents/:id and /api/documents/by-number/:docNumber: one document with its
 * fields, outline, text, validity, duties, gazette issue, and references in both directions.
 */
import { GazetteError } from '../../errors';
import type { GazetteStore, StoredDocument } from '../../store/gazette-store';
import { defineRoute } from '../route';
import { asOfQuery, docNumberParams, idParams, parseInput, responses } from '../schemas';

function answer(store: GazetteStore, document: StoredDocument, asOf?: string) {
  const key = document.docNumber ?? document.title;
  return { document, references: store.references(key, { asOf }) };
}

export const documentRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/documents/by-number/:docNumber',
    tag: 'documents',
    summary: '按发文字号取公文（任意写法） — a document by its number in any written form',
    description: '例 e.g. /api/documents/by-number/夏政发(2023)12号 (URL-encoded), 稷政办发[2022]37号',
    params: docNumberParams,
    query: asOfQuery,
    response: responses.document,
    errors: [404],
    handler: (req, res, { store }) => {
      const { docNumber } = parseInput(docNumberParams, req.params, 'path');
      const { asOf } = parseInput(asOfQuery, req.query);
      const document = store.getDocumentByNumber(docNumber, { asOf });
      if (!document) {
        throw new GazetteError('NOT_FOUND', `库中没有发文字号为 "${docNumber}" 的公文；可用 /api/references/ 查看它是否被引用 (no document with this number)`);
      }
      res.json(answer(store, document, asOf));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/documents/:id',
    tag: 'documents',
    summary: '按 id 取公文 — a document by id',
    params: idParams,
    query: asOfQuery,
    response: responses.document,
    errors: [404],
    handler: (req, res, { store }) => {
      const { id } = parseInput(idParams, req.params, 'path');
      const { asOf } = parseInput(asOfQuery, req.query);
      const document = store.getDocument(id, { asOf });
      if (!document) throw new GazetteError('NOT_FOUND', `找不到 id 为 "${id}" 的公文 (no document with this id)`);
      res.json(answer(store, document, asOf));
    },
  }),
];
