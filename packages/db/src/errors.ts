/** SQLSTATE of an error thrown by either driver, looking through Drizzle's wrapper. */
export function sqlState(error: unknown): { code?: string; constraint?: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        ...(typeof candidate.constraint === 'string' ? { constraint: candidate.constraint } : {}),
      };
    }
    current = candidate.cause;
  }
  return {};
}

export const isUniqueViolation = (error: unknown): boolean => sqlState(error).code === '23505';
export const isExclusionViolation = (error: unknown): boolean => sqlState(error).code === '23P01';
