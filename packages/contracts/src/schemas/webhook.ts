import { WEBHOOK_TRIGGERS } from '@kairos/core';
import { z } from 'zod';
import { MAX_DB_ID } from './ids';

/** A trigger: the PRD's ten and Cal.com's names (compatibility reference 2.1). */
export const webhookTrigger = z.enum(WEBHOOK_TRIGGERS);

const triggerList = z
  .array(webhookTrigger)
  .min(1, 'Give at least one trigger')
  .max(WEBHOOK_TRIGGERS.length);

const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/** Where deliveries go: an http(s) URL (its address is checked by the server as well). */
export const subscriberUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(isHttpUrl, 'Must be an http:// or https:// URL');

const payloadTemplate = z
  .string()
  .max(65_536)
  .nullable()
  .describe('A body with {{variables}}: {{payload.uid}}, {{attendees.0.email}}, ...');

const secret = z
  .string()
  .min(8, 'Must be at least 8 characters')
  .max(1024)
  .describe('Signs every delivery; generated (whsec_...) when not given');

/** Cal.com's payload version; the only one there is. */
const version = z.enum(['2021-10-20']);

const triggersRequired = {
  message: 'Required: the triggers to send (also accepted as eventTriggers)',
  path: ['triggers'],
};

/**
 * `POST /v2/webhooks` (and an event type's): PRD 3.9 and Cal.com's input. `triggers` is
 * Cal.com's name, `eventTriggers` the PRD's; either is accepted.
 */
export const createWebhookInput = z
  .object({
    subscriberUrl,
    triggers: triggerList.optional(),
    eventTriggers: triggerList.optional(),
    active: z.boolean().default(true),
    payloadTemplate: payloadTemplate.optional(),
    secret: secret.optional(),
    version: version.optional(),
  })
  .refine((input) => input.triggers ?? input.eventTriggers, triggersRequired);

/** `PATCH`: every field optional; a new `secret` replaces the old one. */
export const updateWebhookInput = z.object({
  subscriberUrl: subscriberUrl.optional(),
  triggers: triggerList.optional(),
  eventTriggers: triggerList.optional(),
  active: z.boolean().optional(),
  payloadTemplate: payloadTemplate.optional(),
  secret: secret.optional(),
  version: version.optional(),
});

/** A subscription. `secret` is present only in the response of the request that set it. */
export const webhookOutput = z.object({
  id: z.string().describe('uuid'),
  userId: z.number().int(),
  eventTypeId: z.number().int().nullable(),
  teamId: z.number().int().nullable(),
  subscriberUrl: z.string(),
  triggers: z.array(z.string()),
  active: z.boolean(),
  payloadTemplate: z.string().nullable(),
  version: z.string(),
  secret: z.string().optional().describe('Shown once: in the response that created or set it'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Cal.com's list paging: `take` (default 250) and `skip`. */
export const listWebhooksQuery = z.object({
  take: z.coerce.number().int().min(1).max(250).default(250),
  skip: z.coerce.number().int().min(0).default(0),
});

const eventTypeId = z.coerce.number().int().positive().max(MAX_DB_ID);

export const webhookIdParams = z.object({ webhookId: z.string() });
export const eventTypeWebhooksParams = z.object({ eventTypeId });
export const eventTypeWebhookParams = z.object({ eventTypeId, webhookId: z.string() });
export const deliveryParams = z.object({ webhookId: z.string(), deliveryId: z.string() });

const teamId = z.coerce.number().int().positive().max(MAX_DB_ID);

export const teamWebhooksParams = z.object({ teamId });
export const teamWebhookParams = z.object({ teamId, webhookId: z.string() });
export const teamDeliveryParams = z.object({
  teamId,
  webhookId: z.string(),
  deliveryId: z.string(),
});

/** pending -> delivered | dead_letter (all attempts failed) | cancelled. */
export const deliveryStatus = z.enum(['pending', 'delivered', 'dead_letter', 'cancelled']);

export const deliveryAttemptOutput = z.object({
  attempt: z.number().int().describe('1 for the first attempt'),
  startedAt: z.string(),
  latencyMs: z.number().int(),
  statusCode: z.number().int().nullable(),
  ok: z.boolean(),
  responseExcerpt: z.string().nullable().describe('The first 1 KiB of the response body'),
  error: z.string().nullable(),
});

/** One event for one webhook; `id` is the `webhook-id` header of every attempt. */
export const deliveryOutput = z.object({
  id: z.string(),
  webhookId: z.string(),
  trigger: z.string(),
  status: deliveryStatus,
  bookingUid: z.string().nullable(),
  attemptCount: z.number().int(),
  nextAttemptAt: z.string().nullable().describe('When pending: when the next attempt is due'),
  note: z.string().nullable().describe('Why it was cancelled, when it was'),
  createdAt: z.string(),
  updatedAt: z.string(),
  deliveredAt: z.string().nullable(),
  attempts: z.array(deliveryAttemptOutput),
});

export const listDeliveriesQuery = z.object({
  status: deliveryStatus.optional(),
  take: z.coerce.number().int().min(1).max(250).default(50),
  skip: z.coerce.number().int().min(0).default(0),
});

/** What `POST /v2/webhooks/{id}/ping` got back. */
export const pingOutput = z.object({
  deliveryId: z.string(),
  ok: z.boolean(),
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int(),
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
});

export type CreateWebhookInput = z.infer<typeof createWebhookInput>;
export type UpdateWebhookInput = z.infer<typeof updateWebhookInput>;
export type WebhookOutput = z.infer<typeof webhookOutput>;
export type DeliveryOutput = z.infer<typeof deliveryOutput>;
export type DeliveryAttemptOutput = z.infer<typeof deliveryAttemptOutput>;
export type PingOutput = z.infer<typeof pingOutput>;
