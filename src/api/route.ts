/**
 * @module api/route
 * What a route is: its method, path, input schemas, answer schema and handler, in one value.
 * `create-app.ts` mounts the handlers and `openapi.ts` describes the same values, so every
 * mounted route is documented with the schemas that validate it.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Config } from '../config';
import type { GazetteStore } from '../store/gazette-store';

/** One line per event; the server's only output channel (silent in tests). */
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/** An uploaded file as the ingest function receives it. */
export interface UploadedFile {
  /** Original file name (used in messages and as Source.path). */
  name: string;
  bytes: Buffer;
}

/** What `POST /api/ingest` answers: what was stored, and what was rejected and why. */
export interface IngestUploadResult {
  stored: Array<{ file: string; status: 'stored' | 'unchanged' | 'replaced'; gazetteId: string; documents: number; warnings: number }>;
  rejected: Array<{ file: string; code: string; message: string }>;
}

/**
 * Reads, runs the pipeline on and stores uploaded files. Injected by the serve command
 * (ingest/ingest-buffers.ts) because src/ never imports ingest/.
 */
export type IngestUploads = (store: GazetteStore, files: UploadedFile[]) => Promise<IngestUploadResult>;

export interface AppDeps {
  store: GazetteStore;
  logger: Logger;
  config: Config;
  ingest?: IngestUploads;
}

export interface RouteSpec {
  method: 'get' | 'post';
  /** Express path syntax: /api/documents/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Schema of the 200 answer (descriptive; answers are not validated). */
  response: z.ZodType;
  /** Error statuses the route can answer besides 400/500. */
  errors?: number[];
  /** Needs the admin bearer token. */
  admin?: boolean;
  /** multipart/form-data upload field, when the route takes files. */
  upload?: { field: string; maxBytes: number; maxFiles: number };
}

export interface Route extends RouteSpec {
  /** Middleware run before the handler (rate limits, auth, uploads). */
  before?: (deps: AppDeps) => RequestHandler[];
  handler: (req: Request, res: Response, deps: AppDeps) => unknown | Promise<unknown>;
}

/** Identity helper that types a route literal. */
export function defineRoute(route: Route): Route {
  return route;
}
