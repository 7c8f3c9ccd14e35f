/**
 * The API's answer as both clients (the booking pages and the dashboard) read it: the
 * `{status, data}` / `{status, error}` envelope, and errors as `ApiError`.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error answer of the API, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export type Envelope<T> =
  | { status: 'success'; data: T; pagination?: Record<string, unknown> }
  | { status: 'error'; error: { code: string; message: string; details?: unknown } };

const fieldProblems = (details: unknown): FieldProblem[] =>
  Array.isArray(details)
    ? details.filter(
        (d): d is FieldProblem =>
          typeof d === 'object' && d !== null && 'field' in d && 'message' in d,
      )
    : [];

/** The envelope's error as an `ApiError` of the answer's status. */
export const errorOf = (
  envelope: Envelope<unknown> & { status: 'error' },
  status: number,
): ApiError => {
  const { code, message, details } = envelope.error;
  return new ApiError(status, code, message, fieldProblems(details));
};

/**
 * Fetches and reads the envelope: a failed fetch is an `ApiError` of status 0, an answer that is
 * not JSON one of its status.
 */
export async function fetchEnvelope<T>(
  path: string,
  init?: RequestInit,
): Promise<{ envelope: Envelope<T>; status: number }> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'NETWORK', 'network');
  }
  try {
    return { envelope: (await response.json()) as Envelope<T>, status: response.status };
  } catch {
    throw new ApiError(response.status, 'INTERNAL_ERROR', response.statusText);
  }
}
