/**
 * @module api/routes/query-body
 * The POST form of a GET route's query: a pasted page is too long for a URL (HTTP 431 before
 * any handler runs), so search and who-handles also accept their parameters as a JSON body.
 * The body's values are read exactly like query-string values.
 */
import express, { type Request, type RequestHandler } from 'express';

/**
 * Largest JSON body accepted: room for the longest q the schemas take (maxPastedLength
 * characters, three bytes each in UTF-8) and the other parameters.
 */
export const maxQueryBodyBytes = 4 * 1024 * 1024;

/** Parses a JSON (or form) body of at most maxQueryBodyBytes. */
export function queryBody(): RequestHandler[] {
  return [express.json({ limit: maxQueryBodyBytes }), express.urlencoded({ extended: false, limit: maxQueryBodyBytes })];
}

/**
 * The query string and the body as one query object, values as strings (numbers and booleans of
 * a JSON body written as the query string would write them). The body wins on a repeated name.
 *
 * @example queryOf(req) // POST /api/search?county=稷山县 with {"q":"…","limit":10} → { county: '稷山县', q: '…', limit: '10' }
 */
export function queryOf(req: Request): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(req.query as Record<string, unknown>) };
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
  for (const [name, value] of Object.entries(body)) {
    if (value === null || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return out;
}
