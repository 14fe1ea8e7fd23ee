/**
 * @module api/routes/references
 * GET /api/references/:docNumber: what a document cites, repeals and implements, and who
 * cites or repeals it — also for numbers the corpus only knows from citations.
 */
import { GazetteError } from '../../errors';
import { REFERENCE_EDGE_KEYS } from '../../model/store-views';
import type { ReferenceGraph } from '../../store/gazette-store';
import { defineRoute } from '../route';
import { docNumberParams, parseInput, referencesQuery, responses } from '../schemas';

/** True when the corpus knows nothing of the node: not stored and never mentioned. */
function isUnknown(graph: ReferenceGraph): boolean {
  return !graph.node.document && REFERENCE_EDGE_KEYS.every((key) => graph[key].length === 0);
}

/**
 * @example GET /api/references/夏政发〔2016〕66号 → repealedBy 夏政发〔2023〕12号
 */
export const referenceRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/references/:docNumber',
    tag: 'references',
    summary: '引用关系（库内或仅被引用的文号/标题） — references around a document number or title',
    params: docNumberParams,
    query: referencesQuery,
    response: responses.references,
    errors: [404],
    handler: (req, res, { store }) => {
      const { docNumber } = parseInput(docNumberParams, req.params, 'path');
      const { depth, asOf } = parseInput(referencesQuery, req.query);
      const graph = store.references(docNumber, { depth, asOf });
      if (isUnknown(graph)) {
        throw new GazetteError('NOT_FOUND', `库中既没有 "${docNumber}" 这篇公文，也没有公文引用它 (unknown to the corpus)`);
      }
      res.json(graph);
    },
  }),
];
