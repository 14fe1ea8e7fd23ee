/**
 * @module errors
 * One base error with a code, and one table of codes with their HTTP status.
 * Third-party errors are wrapped once, where the library is called, with `{ cause }`.
 */

export const errorCodes = {
  BAD_PARAMETER: 400,
  BAD_INPUT_FILE: 422,
  UNSUPPORTED_FORMAT: 415,
  NO_TEXT_LAYER: 422,
  ENCRYPTED_PDF: 422,
  DAMAGED_FILE: 422,
  FILE_TOO_LARGE: 413,
  MEMORY_LIMIT: 507,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  ROUTE_DISABLED: 404,
  RATE_LIMITED: 429,
  OCR_UNAVAILABLE: 501,
  BACKEND_UNAVAILABLE: 503,
  BACKEND_TASK_FAILED: 502,
  /** The store file is damaged: answered 503 naming the store, never with content read from damaged pages. */
  STORE_CORRUPT: 503,
  /** The store is missing, replaced, read-only or locked by another writer too long. */
  STORE_UNAVAILABLE: 503,
  /** A new record would replace a stored one that looks like a different gazette or document. */
  REPLACE_REFUSED: 409,
  /** The disk (or the store's size limit) is full; the message says how much room is needed. */
  DISK_FULL: 507,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class GazetteError extends Error {
  readonly code: ErrorCode;
  /** Extra facts for the client (e.g. which parameter); never internals. */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GazetteError';
    this.code = code;
    this.details = options.details;
  }

  get status(): number {
    return errorCodes[this.code];
  }
}

export function isGazetteError(error: unknown): error is GazetteError {
  return error instanceof GazetteError;
}
