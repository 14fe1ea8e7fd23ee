/**
 * @module api/routes/suggest
 * GET /api/suggest?q=: what the search box offers while typing (numbers, titles, offices,
 * matters). Offices and matters are read from the store once per revision, not per keystroke.
 */
import { z } from 'zod';
import type { GazetteStore } from '../../store/gazette-store';
import { suggest, type SuggestSources } from '../../store/query/suggest';
import { defineRoute } from '../route';
import { parseInput, suggestQuery } from '../schemas';

interface Lists {
  revision: string;
  units: ReturnType<SuggestSources['units']>;
  matters: string[];
}

const kept = new WeakMap<GazetteStore, Lists>();

/** Offices and matters of the store as it is now (rebuilt after an ingest changes its revision). */
function listsOf(store: GazetteStore): Lists {
  const revision = store.revision();
  const known = kept.get(store);
  if (known && known.revision === revision) return known;
  const counts = new Map<string, number>();
  for (const duty of store.listDuties()) if (duty.matter) counts.set(duty.matter, (counts.get(duty.matter) ?? 0) + 1);
  const lists: Lists = {
    revision,
    units: store.listUnits().sort((a, b) => b.dutyCount - a.dutyCount),
    matters: [...counts].sort((a, b) => b[1] - a[1]).map(([matter]) => matter),
  };
  kept.set(store, lists);
  return lists;
}

export const suggestRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/suggest',
    tag: 'search',
    summary: '输入提示：文号、标题、单位、事项 — suggestions while typing',
    description: '两个字起提示；例 e.g. /api/suggest?q=稷政办发2022 → 稷政办发〔2022〕31号…；/api/suggest?q=人社 → 县人社局',
    query: suggestQuery,
    response: z.object({ suggestions: z.array(z.object({ kind: z.enum(['number', 'title', 'unit', 'matter']), text: z.string(), id: z.string().optional(), note: z.string().optional() })) }),
    handler: async (req, res, { store }) => {
      const { q } = parseInput(suggestQuery, req.query);
      const lists = listsOf(store);
      res.json({ suggestions: await suggest(q, { search: store.search, units: () => lists.units, matters: () => lists.matters }) });
    },
  }),
];
