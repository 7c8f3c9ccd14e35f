/**
 * The dashboard's HTTP client: the same /v2 API as everyone, authenticated by the session
 * cookie. Writes carry the session's CSRF token (the readable `kairos_csrf` cookie) in
 * `X-CSRF-Token`, as the server requires for cookie-authenticated writes.
 */

import { errorOf, fetchEnvelope } from '../api/envelope';

export { ApiError, type FieldProblem } from '../api/envelope';

export interface Pagination {
  totalItems?: number;
  hasNextPage?: boolean;
  nextCursor?: string | null;
  [key: string]: unknown;
}

const listeners = new Set<() => void>();

/** Called whenever the server says the session is gone (401), to send the person to /login. */
export function onSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function csrfToken(): string {
  const match = /(?:^|;\s*)kairos_csrf=([^;]*)/.exec(document.cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : '';
}

async function call<T>(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ data: T; pagination?: Pagination }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken();
  const { envelope, status } = await fetchEnvelope<T>(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (envelope.status === 'success') {
    const { data, pagination } = envelope;
    return pagination ? { data, pagination } : { data };
  }
  if (status === 401 && !path.startsWith('/v2/auth/')) {
    for (const listener of listeners) listener();
  }
  throw errorOf(envelope, status);
}

export const api = {
  get: async <T>(path: string) => (await call<T>('GET', path)).data,
  page: <T>(path: string) => call<T>('GET', path),
  post: async <T>(path: string, body: unknown = {}) => (await call<T>('POST', path, body)).data,
  patch: async <T>(path: string, body: unknown) => (await call<T>('PATCH', path, body)).data,
  delete: async <T>(path: string, body?: unknown) => (await call<T>('DELETE', path, body)).data,
};

/** A query string from the defined values, with its `?`. */
export function query(values: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
