import { z } from 'zod';

/** Largest PostgreSQL `integer`: ids above it are refused with 422 instead of failing in SQL. */
export const MAX_DB_ID = 2_147_483_647;

/** A database id in a body. */
export const dbId = z.number().int().positive().max(MAX_DB_ID);

/** `{id}` in a path, coerced from text. */
export const idParams = z.object({ id: z.coerce.number().int().positive().max(MAX_DB_ID) });
