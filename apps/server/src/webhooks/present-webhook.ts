import type { DeliveryOutput, WebhookOutput } from '@kairos/contracts';
import type { DeliveryRecord, WebhookRow } from '@kairos/db';
import { iso } from '../http/iso';

/**
 * A subscription as the API shows it; the secret only as `revealed` in clear, by the request
 * that set it (the row may hold it sealed).
 */
export function presentWebhook(row: WebhookRow, revealed?: string): WebhookOutput {
  return {
    id: row.id,
    userId: row.userId,
    eventTypeId: row.eventTypeId,
    teamId: row.teamId,
    subscriberUrl: row.subscriberUrl,
    triggers: row.triggers,
    active: row.active,
    payloadTemplate: row.payloadTemplate,
    version: row.version,
    ...(revealed !== undefined ? { secret: revealed } : {}),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** Instants inside JSON built by the database arrive as text with an offset. */
const isoText = (text: string): string => new Date(text).toISOString();
const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

export function presentDelivery(record: DeliveryRecord): DeliveryOutput {
  return {
    id: record.id,
    webhookId: record.webhookId,
    trigger: record.trigger,
    status: record.status,
    bookingUid: record.bookingUid,
    attemptCount: record.attempts,
    nextAttemptAt: record.status === 'pending' ? iso(asDate(record.dueAt)) : null,
    note: record.note,
    createdAt: iso(asDate(record.createdAt)),
    updatedAt: iso(asDate(record.updatedAt)),
    deliveredAt: record.deliveredAt ? iso(asDate(record.deliveredAt)) : null,
    attempts: record.attemptLog.map((attempt) => ({
      ...attempt,
      startedAt: isoText(attempt.startedAt),
    })),
  };
}
