import { validationError, type FieldError } from '@kairos/contracts';
import type { z } from 'zod';

function toFieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '(root)';
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/**
 * Parses each part of a request with its schema and reports every bad field at once,
 * one details entry per field.
 */
export function parseParts(
  parts: Array<[schema: z.ZodType | undefined, value: unknown]>,
): unknown[] {
  const issues: z.core.$ZodIssue[] = [];
  const values = parts.map(([schema, value]) => {
    if (!schema) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    issues.push(...result.error.issues);
    return undefined;
  });
  if (issues.length > 0) throw validationError(toFieldErrors(issues));
  return values;
}
