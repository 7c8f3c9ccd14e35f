import {
  AppError,
  errorCatalog,
  statusOf,
  validationError,
  type ErrorCode,
} from '@kairos/contracts';
import { sqlState } from '@kairos/db';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const byFastifyCode: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'Request body is larger than 1 MiB'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'UNSUPPORTED_MEDIA_TYPE',
    'Unsupported Content-Type: send application/json',
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: ['INVALID_REQUEST', 'Request body is not valid JSON'],
};

/**
 * PostgreSQL's answers that mean another request changed the same rows meanwhile (a row this one
 * refers to was deleted, a duplicate or overlap a handler did not expect, a deadlock): the
 * documented 409, to retry, rather than a 500.
 */
const CONCURRENT_CHANGE_STATES = new Set(['23503', '23505', '23P01', '40001', '40P01']);

function toAppError(error: FastifyError | AppError | Error): AppError | null {
  if (error instanceof AppError) return error;
  const state = sqlState(error).code;
  if (state && CONCURRENT_CHANGE_STATES.has(state)) {
    return new AppError(
      'CONFLICT',
      'Something this request depends on was changed by another request meanwhile: try again',
    );
  }
  const known =
    'code' in error && typeof error.code === 'string' ? byFastifyCode[error.code] : undefined;
  if (known) return new AppError(known[0], known[1]);
  if (error instanceof SyntaxError)
    return new AppError('INVALID_REQUEST', 'Request body is not valid JSON');
  const status = 'statusCode' in error ? Number(error.statusCode) : 500;
  if (status >= 400 && status < 500) {
    const code = (Object.keys(errorCatalog) as ErrorCode[]).find((c) => statusOf(c) === status);
    return new AppError(code ?? 'INVALID_REQUEST', error.message);
  }
  return null;
}

/**
 * Errors the router raises before any route or hook runs (Fastify's `frameworkErrors`): a URL
 * that is not valid percent-encoding, or a path segment too long to be any id, leave in the
 * envelope like every other error.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const path = request.url.split('?')[0] ?? '';
  const [status, code, message] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? [404, 'NOT_FOUND', `Route ${request.method} ${path.slice(0, 200)} not found`]
      : [400, 'INVALID_REQUEST', 'The URL is malformed (invalid percent-encoding)'];
  void reply.status(status).send({ status: 'error', error: { code, message } });
}

/** Every error leaves in the envelope; unknown ones are logged and become INTERNAL_ERROR. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const appError = toAppError(error);
    if (!appError) request.log.error({ err: error }, 'unhandled error');
    else if (CONCURRENT_CHANGE_STATES.has(sqlState(error).code ?? ''))
      request.log.warn({ err: error }, 'concurrent change');
    const { code, message, details } =
      appError ?? new AppError('INTERNAL_ERROR', 'Internal server error');
    if (
      code === 'RATE_LIMIT_EXCEEDED' &&
      details &&
      typeof details === 'object' &&
      'retryAfterSeconds' in details
    ) {
      void reply.header('retry-after', String(details.retryAfterSeconds));
    }
    return reply.status(statusOf(code)).send({
      status: 'error',
      error: { code, message, ...(details === undefined ? {} : { details }) },
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      status: 'error',
      error: {
        code: 'NOT_FOUND',
        message: `Route ${request.method} ${request.url.split('?')[0]} not found`,
      },
    }),
  );
}

/** JSON bodies, where an empty body (a DELETE sent with a JSON content type) means none. */
export function installJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    void parseJson(request, text, (error, parsed) => {
      if (error) return done(error);
      // PostgreSQL text cannot hold NUL: refused here, by field, rather than failing on write.
      const fields = /\\u0000/i.test(text) ? nulFields(parsed) : [];
      if (fields.length > 0) {
        return done(
          validationError(fields.map((field) => ({ field, message: NUL_MESSAGE }))),
          undefined,
        );
      }
      done(null, parsed);
    });
  });
}

/** NUL in the URL (path parameters and queries reach SQL as text too) is a 422 up front. */
export function refuseNulInUrls(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.url.includes('%00')) {
      throw validationError([{ field: 'url', message: `${NUL_MESSAGE} (%00)` }]);
    }
  });
}

const NUL_MESSAGE = 'Text may not contain NUL characters';

/** The dotted paths of the strings (keys included) in a parsed body that hold a NUL. */
function nulFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || 'body'] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = path ? `${path}.${key}` : key;
    return key.includes('\u0000') ? [field] : nulFields(inner, field);
  });
}
