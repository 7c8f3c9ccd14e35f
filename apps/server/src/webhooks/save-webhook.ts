import {
  AppError,
  validationError,
  type CreateWebhookInput,
  type UpdateWebhookInput,
} from '@kairos/contracts';
import { DEFAULT_WEBHOOK_VERSION, MEETING_TRIGGERS, SECRET_PREFIX } from '@kairos/core';
import {
  dropMeetingDeliveriesOfWebhook,
  insertOutboxEvent,
  insertWebhook,
  isUniqueViolation,
  scopeColumns,
  updateWebhookInScope,
  type Db,
  type WebhookRow,
  type WebhookScope,
} from '@kairos/db';
import { randomBytes } from 'node:crypto';
import type { SecretBox } from '../crypto/secret-box';
import { MEETING_TRIGGERS_SUBSCRIBED, meetingTriggersOf } from './meeting-deliveries';
import { resolveTarget, type Resolver } from './url-safety';

/** What saving a subscription checks its URL with. */
export interface UrlPolicy {
  allowPrivate: boolean;
  resolve: Resolver;
  /** Seals secrets before they are stored (KAIROS_ENCRYPTION_KEY). */
  secrets: SecretBox;
}

/** `whsec_` + 32 random bytes in base64: the form Standard Webhooks libraries take. */
export const generateSecret = (): string => SECRET_PREFIX + randomBytes(32).toString('base64');

/** 422 unless the URL may receive webhooks (its host resolves to public addresses). */
export async function checkSubscriberUrl(url: string, policy: UrlPolicy): Promise<void> {
  const target = await resolveTarget(new URL(url), policy);
  if (!target.ok) {
    throw validationError([{ field: 'subscriberUrl', message: target.reason }]);
  }
}

/** `triggers` (Cal.com) or `eventTriggers` (PRD), once each, in the order given. */
const triggersOf = (input: Pick<CreateWebhookInput, 'triggers' | 'eventTriggers'>) => {
  const given = input.triggers ?? input.eventTriggers;
  return given ? [...new Set(given)] : undefined;
};

const duplicateUrl = () =>
  new AppError('CONFLICT', 'A webhook with this subscriber URL already exists here', [
    { field: 'subscriberUrl', message: 'Already subscribed' },
  ]);

/**
 * An active webhook with meeting triggers gets them for the upcoming bookings of its scope too
 * (Cal.com schedules them for every future accepted booking when a webhook adds them): an
 * outbox event, committed with the change, that the relay hands to a job.
 */
async function scheduleMeetingsIfSubscribed(db: Db, webhook: WebhookRow): Promise<void> {
  if (!webhook.active || meetingTriggersOf(webhook.triggers).length === 0) return;
  await insertOutboxEvent(db, {
    type: MEETING_TRIGGERS_SUBSCRIBED,
    userId: webhook.userId,
    payload: { webhookId: webhook.id },
  });
}

/** Drops the meeting deliveries not sent yet that the webhook, as it is now, does not want. */
async function dropUnwantedMeetings(db: Db, webhook: WebhookRow): Promise<void> {
  if (!webhook.active) {
    await dropMeetingDeliveriesOfWebhook(
      db,
      webhook.id,
      [...MEETING_TRIGGERS],
      'The webhook is not active',
    );
    return;
  }
  const unwanted = MEETING_TRIGGERS.filter((trigger) => !webhook.triggers.includes(trigger));
  await dropMeetingDeliveriesOfWebhook(
    db,
    webhook.id,
    unwanted,
    'The webhook no longer has this trigger',
  );
}

/**
 * Creates a subscription; without a secret one is generated. Returns the row and the secret in
 * clear, which the answer shows once (the row holds it sealed when the instance has a key).
 */
export async function createWebhook(
  db: Db,
  scope: WebhookScope,
  input: CreateWebhookInput,
  policy: UrlPolicy,
): Promise<{ row: WebhookRow; secret: string }> {
  await checkSubscriberUrl(input.subscriberUrl, policy);
  const secret = input.secret ?? generateSecret();
  try {
    const row = await db.transaction(async (tx) => {
      const row = await insertWebhook(tx, {
        ...scopeColumns(scope),
        subscriberUrl: input.subscriberUrl,
        triggers: triggersOf(input) ?? [],
        active: input.active,
        payloadTemplate: input.payloadTemplate ?? null,
        secret: policy.secrets.seal(secret),
        version: input.version ?? DEFAULT_WEBHOOK_VERSION,
      });
      await scheduleMeetingsIfSubscribed(tx, row);
      return row;
    });
    return { row, secret };
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateUrl();
    throw error;
  }
}

/** Applies the fields given; undefined when the scope has no such webhook. */
export async function updateWebhook(
  db: Db,
  scope: WebhookScope,
  id: string,
  input: UpdateWebhookInput,
  policy: UrlPolicy,
): Promise<WebhookRow | undefined> {
  if (input.subscriberUrl !== undefined) await checkSubscriberUrl(input.subscriberUrl, policy);
  const triggers = triggersOf(input);
  const subscriptionChanges = triggers !== undefined || input.active !== undefined;
  try {
    return await db.transaction(async (tx) => {
      const row = await updateWebhookInScope(tx, scope, id, {
        ...(input.subscriberUrl !== undefined ? { subscriberUrl: input.subscriberUrl } : {}),
        ...(triggers ? { triggers } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.payloadTemplate !== undefined ? { payloadTemplate: input.payloadTemplate } : {}),
        ...(input.secret !== undefined ? { secret: policy.secrets.seal(input.secret) } : {}),
        ...(input.version !== undefined ? { version: input.version } : {}),
      });
      if (row && subscriptionChanges) {
        await dropUnwantedMeetings(tx, row);
        await scheduleMeetingsIfSubscribed(tx, row);
      }
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateUrl();
    throw error;
  }
}
