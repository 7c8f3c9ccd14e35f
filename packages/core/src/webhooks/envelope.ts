import { MEETING_TRIGGERS, type WebhookTrigger } from './triggers';
import type { WebhookEnvelope } from './payload-template';

const ENVELOPE_KEYS = new Set(['triggerEvent', 'createdAt', 'payload']);

/**
 * What a webhook POST carries: `{triggerEvent, createdAt, payload}` (PRD 3.9). Cal.com sends
 * MEETING_STARTED/ENDED unwrapped (`{triggerEvent, ...booking}`), so for those the payload's
 * fields are repeated at the root as well, and receivers written for either shape work.
 */
export function webhookEnvelope(
  trigger: WebhookTrigger | 'PING',
  createdAt: string,
  payload: Record<string, unknown>,
): WebhookEnvelope {
  const envelope: WebhookEnvelope = {
    triggerEvent: trigger,
    createdAt,
    payload,
  };
  if ((MEETING_TRIGGERS as readonly string[]).includes(trigger)) {
    for (const [key, value] of Object.entries(payload)) {
      if (!ENVELOPE_KEYS.has(key)) envelope[key] = value;
    }
  }
  return envelope;
}

/** The payload of `POST /v2/webhooks/{id}/ping`: a test event, as Cal.com's ping sends. */
export function pingWebhookPayload(createdAt: string): Record<string, unknown> {
  return {
    type: 'Test',
    title: 'Test trigger event',
    description: '',
    startTime: createdAt,
    endTime: createdAt,
    organizer: { name: 'Cal', email: 'no-reply@example.com', timeZone: 'UTC' },
    attendees: [],
  };
}
