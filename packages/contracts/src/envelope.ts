import { z } from 'zod';
import { errorCatalog, type ErrorCode } from './errors';

const codes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]];

/** `{"status":"error","error":{code,message,details}}` */
export const errorEnvelope = z.object({
  status: z.literal('error'),
  error: z.object({
    code: z.enum(codes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/** `{"status":"success","data":...}`, with `pagination` on paginated lists. */
export const successEnvelope = <T extends z.ZodType>(data: T) =>
  z.object({ status: z.literal('success'), data });

export type ErrorEnvelope = z.infer<typeof errorEnvelope>;
