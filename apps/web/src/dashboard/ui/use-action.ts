import { useCallback, useState } from 'react';
import { ApiError, type FieldProblem } from '../api';

export interface ActionState {
  isBusy: boolean;
  /** A message for the whole form (not tied to a field). */
  error: string | null;
  /** Messages by field path, from the API's 422 details. */
  fieldErrors: Record<string, string>;
  /** Set after a success, for a status line ("Saved"). */
  done: string | null;
}

const idle: ActionState = { isBusy: false, error: null, fieldErrors: {}, done: null };

function fieldsOf(details: FieldProblem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { field, message } of details) fields[field] ??= message;
  return fields;
}

/**
 * Runs a write and keeps what the person needs to see of it: busy while it runs, the API's
 * field errors by field, a general error otherwise, and a success line.
 */
export function useAction(networkMessage: string) {
  const [state, setState] = useState<ActionState>(idle);
  const run = useCallback(
    async <T>(
      work: () => Promise<T>,
      doneMessage: string | null = null,
    ): Promise<T | undefined> => {
      setState({ ...idle, isBusy: true });
      try {
        const result = await work();
        setState({ ...idle, done: doneMessage });
        return result;
      } catch (error) {
        if (error instanceof ApiError) {
          const fieldErrors = fieldsOf(error.details);
          const general = error.status === 0 ? networkMessage : error.message;
          setState({ ...idle, error: general, fieldErrors });
        } else {
          setState({ ...idle, error: error instanceof Error ? error.message : String(error) });
        }
        return undefined;
      }
    },
    [networkMessage],
  );
  const reset = useCallback(() => setState(idle), []);
  return { ...state, run, reset };
}
