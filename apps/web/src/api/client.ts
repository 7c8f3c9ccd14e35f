/**
 * Talks to the Kairos server over HTTP, on the page's own origin (nothing baked in at build).
 * The server embeds the first responses a page needs in the HTML (#kairos-preload); a read of
 * one of those paths takes it from there instead of asking again.
 */

import { errorOf, fetchEnvelope, type Envelope } from './envelope';

export { ApiError } from './envelope';

let preloaded: Record<string, Envelope<unknown>> | null = null;

function preloadedEnvelope(path: string): Envelope<unknown> | undefined {
  if (preloaded === null) {
    const element = document.getElementById('kairos-preload');
    try {
      preloaded = element?.textContent
        ? (JSON.parse(element.textContent) as Record<string, Envelope<unknown>>)
        : {};
    } catch {
      preloaded = {};
    }
  }
  const found = preloaded[path];
  delete preloaded[path];
  return found;
}

interface EarlyAnswer {
  status: number;
  body: unknown;
}

interface EarlyRequests {
  pending: Record<string, Promise<EarlyAnswer>>;
  answered: Record<string, EarlyAnswer>;
  /** Paths already handed to the app: their answer is used once, never again. */
  taken?: Record<string, true>;
}

/** Requests index.html started before this script loaded (the Booker's first slot search). */
function earlyFor(path: string): EarlyRequests | undefined {
  const early = (window as { __kairosEarly?: EarlyRequests }).__kairosEarly;
  if (!early || early.taken?.[path]) return undefined;
  return early;
}

function markTaken(early: EarlyRequests, path: string): void {
  (early.taken ??= {})[path] = true;
  delete early.pending[path];
  delete early.answered[path];
}

function earlyRequest(path: string): Promise<EarlyAnswer> | undefined {
  const early = earlyFor(path);
  const found = early?.pending[path];
  if (found) markTaken(early, path);
  return found;
}

/** The data of an early request that has already been answered with success, taken now. */
export function takeEarlyAnswer<T>(path: string): T | undefined {
  const early = earlyFor(path);
  const answer = early?.answered[path];
  if (!answer) return undefined;
  markTaken(early, path);
  const envelope = answer.body as Envelope<T>;
  return answer.status === 200 && envelope.status === 'success' ? envelope.data : undefined;
}

/**
 * A preloaded answer's data, taken now (a page renders with it at once); undefined when the
 * server sent none or sent an error.
 */
export function takePreloaded<T>(path: string): T | undefined {
  const envelope = preloadedEnvelope(path);
  if (envelope?.status === 'success') return envelope.data as T;
  if (envelope) preloaded![path] = envelope;
  return undefined;
}

/** Puts an answer where the next read of `path` finds it (a page handing data to the next). */
export function remember<T>(path: string, data: T): void {
  preloadedEnvelope('');
  preloaded![path] = { status: 'success', data };
}

function unwrap<T>(envelope: Envelope<T>, status: number): T {
  if (envelope.status === 'success') return envelope.data;
  throw errorOf(envelope, status);
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const { envelope, status } = await fetchEnvelope<T>(path, init);
  return unwrap(envelope, status);
}

/** GET, answered from the page's preloaded data when the server sent it. */
export async function getJson<T>(path: string): Promise<T> {
  const early = preloadedEnvelope(path) as Envelope<T> | undefined;
  if (early) return unwrap(early, early.status === 'success' ? 200 : 404);
  const started = earlyRequest(path);
  if (started) {
    const answer = await started.catch(() => null);
    if (answer) return unwrap(answer.body as Envelope<T>, answer.status);
  }
  return request<T>(path, { headers: { accept: 'application/json' } });
}

/** A JSON request with a body. */
export function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body: unknown) {
  return request<T>(path, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}
