/**
 * @module api/routes/documents
 * GET /api/documents/:id and /api/documents/by-number/:docNumber: one document with its
 * fields, outline, text, validity, duties, gazette issue, and references in both directions.
 */
import { z } from 'zod';
import { GazetteError } from '../../errors';
import type { GazetteStore, StoredDocument } from '../../store/gazette-store';
import { defineRoute } from '../route';
import { sendSource } from '../send-source';
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
  defineRoute({
    method: 'get',
    path: '/api/documents/:id/source',
    tag: 'documents',
    summary: '公文所在的原始文件（PDF 或文本） — the source file a document was read from',
    description:
      '按公文 id 找到它所在的公报或网页文件，以导入时记录的路径读取（不接受客户端给出的路径），内容须与导入时的 sha256 一致；' +
      'PDF 在浏览器中显示（application/pdf, inline），文本与网页以 text/plain 显示。Answers the raw bytes; 404 when the file has moved or changed.',
    params: idParams,
    response: z.object({}).describe('原始文件的字节 (the raw bytes of the file)'),
    errors: [404],
    handler: async (req, res, { store }) => {
      const { id } = parseInput(idParams, req.params, 'path');
      const document = store.getDocument(id);
      if (!document) throw new GazetteError('NOT_FOUND', `找不到 id 为 "${id}" 的公文，请从检索结果重新打开 (no document with this id)`);
      if (!document.gazette) throw new GazetteError('NOT_FOUND', `公文 "${id}" 没有记录原始文件 (no source file recorded)`);
      await sendSource(res, document.gazette.source, 'inline');
    },
  }),
];
