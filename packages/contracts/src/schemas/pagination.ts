import { z } from 'zod';

/** PRD 4.4: opaque cursor pagination. */
export const cursorPagination = z.object({
  cursor: z.string().nullable(),
  hasMore: z.boolean(),
  limit: z.number().int(),
});
