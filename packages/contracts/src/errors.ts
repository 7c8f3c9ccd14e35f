/**
 * The error catalog: every code the API can answer with, its HTTP status and what a client
 * should do about it (PRD 5.6). Codes are stable; messages are for people.
 */
export const errorCatalog = {
  INVALID_REQUEST: {
    status: 400,
    action: 'The request is malformed: check the API docs for its shape.',
  },
  UNAUTHORIZED: {
    status: 401,
    action: 'Send a valid, unexpired API key as "Authorization: Bearer cal_...".',
  },
  FORBIDDEN: { status: 403, action: 'Your role does not allow this on that resource.' },
  NOT_FOUND: {
    status: 404,
    action: 'Check the id or uid; resources of other accounts are not visible.',
  },
  CONFLICT: {
    status: 409,
    action: 'The state changed meanwhile (e.g. the slot was taken): refresh and retry.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, action: 'Request bodies are limited to 1 MiB.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    action: 'Send JSON with "Content-Type: application/json".',
  },
  VALIDATION_ERROR: { status: 422, action: 'Fix the fields listed in error.details.' },
  RATE_LIMIT_EXCEEDED: {
    status: 429,
    action: 'Wait for Retry-After seconds; back off exponentially.',
  },
  INTERNAL_ERROR: {
    status: 500,
    action: 'Retry with backoff; report it if it persists (it is a bug).',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    action: 'A dependency (the database) is unreachable; retry later.',
  },
} as const satisfies Record<string, { status: number; action: string }>;

export type ErrorCode = keyof typeof errorCatalog;

/** One entry per offending field, `field` as a dotted path (`attendee.email`). */
export interface FieldError {
  field: string;
  message: string;
}

/** The one error type below the routes; the edge turns its code into an HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The HTTP status for a code. */
export const statusOf = (code: ErrorCode): number => errorCatalog[code].status;

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);

export const validationError = (details: FieldError[], message = 'Invalid request'): AppError =>
  new AppError('VALIDATION_ERROR', message, details);
