/**
 * @module api/schemas
 * Every input of the HTTP API as a zod 4 schema: the same objects validate requests
 * (`parseInput`) and describe them in the OpenAPI document (`api/openapi.ts`), so the two
 * cannot drift apart. Each parameter carries a Chinese + English hint that a 400 answer repeats.
 */
import { z } from 'zod';
import { GazetteError } from '../errors';
import { GAZETTE_KINDS, VALIDITY_STATUSES } from '../model';

/** Upper bound of `page`: deep pages are never useful and cost the backend. */
export const maxPage = 500;
/**
 * Bound of a pasted text (q of search and who-handles): far above any real query, only there so
 * a request cannot hold megabytes. Longer queries are read by their first sentence, not refused.
 */
export const maxPastedLength = 1_000_000;

const dateRe = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD date that exists (2023-02-30 is refused). */
const isoDate = z
  .string()
  .regex(dateRe)
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  });

/**
 * A list parameter: repeated (`county=稷山县&county=夏县`) or comma-separated (`county=稷山县,夏县`).
 * Undefined when absent or empty.
 */
function list<T extends z.ZodType<string | number>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const parts = (Array.isArray(value) ? value : [value])
        .flatMap((one) => one.split(/[,，、]/))
        .map((one) => one.trim())
        .filter(Boolean);
      if (parts.length === 0) return undefined;
      if (parts.length > 50) {
        ctx.addIssue({ code: 'custom', message: 'too many values (max 50)' });
        return z.NEVER;
      }
      const out: Array<z.output<T>> = [];
      for (const part of parts) {
        const parsed = item.safeParse(part);
        if (!parsed.success) {
          ctx.addIssue({ code: 'custom', message: `invalid value "${part}"` });
          return z.NEVER;
        }
        out.push(parsed.data as z.output<T>);
      }
      return out;
    });
}

/** A single query value; a repeated one takes the last (the browser's usual meaning). */
function single<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[value.length - 1] : value), schema);
}

const booleanFlag = single(
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((value) => value === 'true' || value === '1' || value === 'yes'),
);

const hints = new Map<string, string>();

/** Registers the human hint of a parameter (shown in 400 answers and in the OpenAPI description). */
function param<T extends z.ZodType>(name: string, schema: T, zh: string, en: string): T {
  hints.set(name, `${zh} (${en})`);
  return schema.meta({ description: `${zh} — ${en}` }) as T;
}

const statusValues = VALIDITY_STATUSES;

/** GET /api/search */
export const searchQuery = z.object({
  // Any length is answered: a pasted passage is searched by its first sentence (parse-query.ts),
  // and one too long for a URL goes as POST /api/search.
  q: param('q', single(z.string().max(maxPastedLength).default('')), `检索词；超过 100 字的长文字只按第一句检索，URL 放不下时用 POST`, 'query in the query language; a long pasted text is searched by its first sentence, POST it when too long for a URL'),
  county: param('county', list(z.string().max(50)), '县名，可重复或用逗号分隔，如 稷山县', 'county, repeatable or comma-separated'),
  year: param('year', list(z.coerce.number().int().min(1949).max(2100)), '年份，1949–2100 的整数，可多个', 'year between 1949 and 2100, repeatable'),
  issuer: param('issuer', list(z.string().max(100)), '发文机关，可多个', 'issuing body, repeatable'),
  unit: param('unit', list(z.string().max(100)), '责任单位（全称或简称），可多个', 'responsible unit (name or alias), repeatable'),
  type: param('type', list(z.string().max(20)), '文种，如 通知、办法，可多个', 'document type such as 通知, repeatable'),
  status: param('status', list(z.enum(statusValues)), '效力状态：现行有效、尚未生效、已失效、已废止', 'validity status: 现行有效, 尚未生效, 已失效, 已废止'),
  level: param('level', list(z.string().max(20)), '效力级别：national（国家级）、provincial（省级）、city（市级）、county（县级）、township（乡镇级，镇、乡、街道的机关），中文写法也可，或法律、行政法规等，可多个', 'level: national, provincial, city, county, township (a town\'s or street\'s organ), or a kind of law, repeatable'),
  from: param('from', single(isoDate.optional()), '起始日期 YYYY-MM-DD（含）', 'first document date, YYYY-MM-DD, inclusive'),
  to: param('to', single(isoDate.optional()), '截止日期 YYYY-MM-DD（含）', 'last document date, YYYY-MM-DD, inclusive'),
  page: param('page', single(z.coerce.number().int().min(1).max(maxPage).default(1)), `页码，1–${maxPage} 的整数`, `page number, integer 1–${maxPage}`),
  limit: param('limit', single(z.coerce.number().int().min(1).max(100).default(20)), '每页条数，1–100 的整数', 'hits per page, integer 1–100'),
  sort: param('sort', single(z.enum(['relevance', 'date']).default('relevance')), '排序：relevance（相关度）或 date（日期）', "sort order: 'relevance' or 'date'"),
  explain: param('explain', booleanFlag, '是否解释排序：true 或 false', 'explain the ranking: true or false'),
  asOf: param('asOf', single(isoDate.optional()), '按此日期计算效力状态 YYYY-MM-DD', 'date the validity status is computed for, YYYY-MM-DD'),
});

/** GET /api/suggest */
export const suggestQuery = z.object({
  q: param('q', single(z.string().max(100).default('')), '已输入的文字，最长 100 字', 'what has been typed, at most 100 characters'),
});

/** A flag that is on unless turned off: absent or empty means true. */
const onUnlessFalse = single(
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((value) => !(value === 'false' || value === '0' || value === 'no')),
);

/** GET /api/who-handles */
export const whoHandlesQuery = z.object({
  // No upper bound a user can hit: a pasted page is answered by its first sentence (kb/who-handles).
  q: param('q', single(z.string().trim().min(1).max(maxPastedLength)), '问题，如 新办企业首次申领发票找哪个部门；很长的文字只按第一句回答', 'the question; a long text is answered by its first sentence'),
  inForce: param('inForce', onUnlessFalse, '只看现行有效的文件：true（默认）或 false（含已失效、已废止）', 'only documents in force: true (default) or false to include expired and repealed ones'),
  county: param('county', single(z.string().trim().max(50).optional()), '县名，如 稷山县', 'county, e.g. 稷山县'),
  asOf: param('asOf', single(isoDate.optional()), '按此日期判断文件效力 YYYY-MM-DD', 'date the validity is judged for, YYYY-MM-DD'),
});

/** Path parameter of one document, unit or gazette. */
export const idParams = z.object({
  id: param('id', z.string().min(1).max(200), 'id，1–200 个字符', 'id, 1–200 characters'),
});

export const docNumberParams = z.object({
  docNumber: param(
    'docNumber',
    z.string().trim().min(2).max(100),
    '发文字号（任意写法，需 URL 编码），如 夏政发(2023)12号',
    'document number in any written form, URL-encoded',
  ),
});

export const asOfQuery = z.object({
  asOf: param('asOf', single(isoDate.optional()), '按此日期计算效力状态 YYYY-MM-DD', 'date the validity status is computed for, YYYY-MM-DD'),
});

export const referencesQuery = z.object({
  depth: param('depth', single(z.enum(['1', '2']).default('1').transform((v) => Number(v) as 1 | 2)), '层数：1 或 2', 'depth: 1 or 2'),
  asOf: param('asOf', single(isoDate.optional()), '按此日期计算效力状态 YYYY-MM-DD', 'date the validity status is computed for, YYYY-MM-DD'),
});

export const unitsQuery = z.object({
  county: param('county', single(z.string().trim().max(50).optional()), '县名，如 夏县', 'county, e.g. 夏县'),
});

export const emptyQuery = z.object({});

/** Where a schema reads from. */
export type InputSource = 'query' | 'path';

/**
 * Validates one part of a request; a failure is a 400 BAD_PARAMETER naming the parameter.
 *
 * @example
 * parseInput(searchQuery, { q: '助企纾困', limit: '500' }, 'query');
 * // throws GazetteError BAD_PARAMETER: 参数 limit 无效：每页条数，1–100 的整数 …
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, source: InputSource = 'query'): z.output<T> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const parameter = String(issue.path[0] ?? 'query');
  const value = (input as Record<string, unknown> | undefined)?.[parameter];
  const shown = value === undefined ? '（缺少 missing）' : `"${String(value).slice(0, 60)}"`;
  const hint = hints.get(parameter) ?? issue.message;
  throw new GazetteError(
    'BAD_PARAMETER',
    `${source === 'path' ? '路径' : '查询'}参数 ${parameter} 无效，收到 ${shown}：应为 ${hint}; invalid ${source} parameter ${parameter}: ${issue.message}`,
    { details: { parameter } },
  );
}

/** Loose response schemas for the OpenAPI document (validation is not applied to answers). */
const anyObject = z.object({}).catchall(z.unknown());
const documentBrief = z.object({
  id: z.string(),
  docNumber: z.string().optional(),
  title: z.string(),
  issuingBody: z.string().optional(),
  date: z.string().optional(),
  county: z.string().optional(),
  gazetteId: z.string(),
});
const referenceNode = z.object({
  docNumber: z.string().optional(),
  title: z.string().optional(),
  level: z.string().optional(),
  document: documentBrief.optional(),
});
const referenceEdge = z.object({ relation: z.string(), from: referenceNode, to: referenceNode, sentence: z.string(), until: z.string().optional() });
const validityState = z.object({
  status: z.enum(statusValues),
  asOf: z.string(),
  reason: z.string(),
  effectiveFrom: z.string().optional(),
  expiresOn: z.string().optional(),
});
export const referenceGraphSchema = z
  .object({
    node: referenceNode,
    status: validityState.optional(),
    cites: z.array(referenceEdge),
    citedBy: z.array(referenceEdge),
    repeals: z.array(referenceEdge),
    repealedBy: z.array(referenceEdge),
    basedOn: z.array(referenceEdge),
    implements: z.array(referenceEdge),
    revises: z.array(referenceEdge),
    revisedBy: z.array(referenceEdge),
    interprets: z.array(referenceEdge),
    interpretedBy: z.array(referenceEdge),
    extends: z.array(referenceEdge),
    extendedBy: z.array(referenceEdge),
  })
  .catchall(z.unknown());
const gazetteSummary = z
  .object({ id: z.string(), kind: z.enum(GAZETTE_KINDS), name: z.string().optional(), county: z.string().optional(), documentCount: z.number() })
  .catchall(z.unknown());
const unitSummary = z
  .object({ id: z.string(), name: z.string(), county: z.string().optional(), aliases: z.array(z.string()), dutyCount: z.number(), documentCount: z.number() })
  .catchall(z.unknown());

export const responses = {
  error: z.object({
    error: z.object({ code: z.string(), message: z.string(), parameter: z.string().optional() }),
  }),
  search: z
    .object({
      total: z.number(),
      page: z.number(),
      limit: z.number(),
      hits: z.array(anyObject),
      facets: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number() }))),
      mode: z.string(),
      terms: z.array(z.string()),
      missingNumber: z
        .object({ number: z.string(), message: z.string(), near: z.array(z.object({ kind: z.string(), text: z.string(), id: z.string().optional(), note: z.string().optional() })) })
        .optional()
        .meta({ description: '查询中的完整文号没有文件使用或引用时：说明，以及相近文号（仅作建议）— a complete number no document has or cites: the message and near numbers as suggestions' }),
      notice: z
        .string()
        .optional()
        .meta({ description: '检索做了用户没有输入的处理时的说明：长查询只按第一句检索；群众用语按公文用语一并检索（“养狗”按公文用语“养犬”一并检索。）— what the search did that was not typed' }),
      tookMs: z.number(),
    })
    .catchall(z.unknown()),
  document: z.object({
    document: z
      .object({ id: z.string(), title: z.string(), text: z.string(), outline: z.array(anyObject), duties: z.array(anyObject), status: validityState })
      .catchall(z.unknown()),
    references: referenceGraphSchema,
  }),
  whoHandles: z
    .object({
      question: z.string(),
      county: z.string().optional(),
      mode: z.enum(['matter', 'unit']),
      terms: z.array(z.string()),
      answers: z.array(
        z
          .object({
            unit: z.object({ id: z.string(), name: z.string(), canonical: z.string().optional(), county: z.string().optional(), aliases: z.array(z.string()) }),
            role: z.string(),
            roleLabel: z.string(),
            score: z.number(),
            status: z.enum(statusValues).optional(),
            evidence: z.array(
              z.object({
                sentence: z.string(),
                matter: z.string(),
                role: z.string(),
                kind: z.enum(['duty', 'list', 'note', 'publicity']),
                status: z.enum(statusValues).optional().meta({ description: '依据文件在 asOf（默认今天）的效力状态 — validity of the document on asOf (default today)' }),
                via: z.string().optional(),
                document: anyObject,
              }),
            ),
          })
          .catchall(z.unknown()),
      ),
      bodies: z.array(anyObject).optional(),
      inForce: z.boolean().optional(),
      notInForce: z.number().optional(),
      notice: z.string().optional(),
      countyNotice: z
        .string()
        .optional()
        .meta({ description: '所问的县没有答案时，答案来自未标明县的文件，并在此说明 — set when the county gave no answer and the answers come from documents naming no county' }),
      contextNotice: z
        .string()
        .optional()
        .meta({ description: '问题中表示地点、时间、人物的词没有文件写到时，答案不按这些词，并在此说明 — set when words of context no duty holds were let go' }),
      placeNotice: z
        .string()
        .optional()
        .meta({ description: '未指定县、第一个答案只出自某地的文件时，说明是哪里的规定、只在该地适用 — set when, asked without a county, the first answer rests only on one place’s documents' }),
      message: z.string().optional(),
      suggestions: z.array(z.string()),
      tookMs: z.number(),
    })
    .catchall(z.unknown()),
  references: referenceGraphSchema,
  units: z.object({ units: z.array(unitSummary) }),
  unit: z.object({ unit: anyObject, documents: z.array(z.object({ document: documentBrief, duties: z.array(anyObject) })) }),
  gazettes: z.object({ gazettes: z.array(gazetteSummary) }),
  gazette: gazetteSummary.extend({ contents: z.array(anyObject), documents: z.array(documentBrief), messages: z.array(anyObject) }),
  stats: z
    .object({ gazettes: z.number(), documents: z.number(), references: z.number(), duties: z.number(), units: z.number() })
    .catchall(z.unknown()),
  health: z.object({
    status: z.enum(['ok', 'degraded']),
    store: z.string(),
    documents: z.number(),
    backend: z.string(),
    problems: z.array(z.string()).optional(),
  }),
  ingest: z.object({
    stored: z.array(z.object({ file: z.string(), status: z.string(), gazetteId: z.string(), documents: z.number(), warnings: z.number() })),
    rejected: z.array(z.object({ file: z.string(), code: z.string(), message: z.string() })),
  }),
  openapi: anyObject,
};
