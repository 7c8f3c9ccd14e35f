import { idParams } from './ids';
import { z } from 'zod';

export const apiKeyOutput = z.object({
  id: z.number().int(),
  note: z.string().nullable(),
  prefix: z.string().describe('cal_live_, cal_test_ or cal_'),
  lastFour: z.string().describe('The last four characters, to recognise a key'),
  isTest: z.boolean(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const createdApiKeyOutput = apiKeyOutput.extend({
  key: z.string().describe('The secret; shown this once and never again'),
});

export const createApiKeyInput = z
  .object({
    note: z.string().trim().max(200).optional(),
    mode: z.enum(['live', 'test']).default('live'),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    apiKeyDaysValid: z.number().int().min(1).max(3650).optional(),
    apiKeyNeverExpires: z.boolean().optional(),
  })
  .refine((v) => !(v.expiresAt && v.apiKeyDaysValid), {
    message: 'Give expiresAt or apiKeyDaysValid, not both',
    path: ['expiresAt'],
  });

/** Cal.com's refresh: a new key replaces the one making the request. */
export const refreshApiKeyInput = z.object({
  apiKeyDaysValid: z.number().int().min(1).max(3650).default(30),
  apiKeyNeverExpires: z.boolean().default(false),
});

export const apiKeyIdParams = idParams;
