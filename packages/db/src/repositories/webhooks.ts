import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database';
import { outboxEvents, webhooks, type WebhookRow } from '../schema';

export * from './webhook-deliveries';
export * from './webhook-meetings';
export * from './webhook-retention';
export * from './webhook-relay';

export type NewWebhook = Pick<
  WebhookRow,
  'userId' | 'eventTypeId' | 'subscriberUrl' | 'triggers' | 'active' | 'secret' | 'version'
> &
  Partial<Pick<WebhookRow, 'payloadTemplate' | 'teamId'>>;

export type WebhookChanges = Partial<
  Pick<
    WebhookRow,
    'subscriberUrl' | 'triggers' | 'active' | 'payloadTemplate' | 'secret' | 'version'
  >
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether text is a uuid: anything else can name no webhook or delivery (and must not reach SQL). */
export const isUuid = (text: string): boolean => UUID.test(text);

/**
 * Where a webhook belongs: the user's own list, one of the user's event types, or a team. A
 * scope sees only its own webhooks: a team's webhook is not its creator's, nor the reverse.
 */
export type WebhookScope =
  | { kind: 'user'; userId: number }
  | { kind: 'eventType'; userId: number; eventTypeId: number }
  /** `userId`: who acts; a webhook created here records them as its creator. */
  | { kind: 'team'; teamId: number; userId: number };

function inScope(scope: WebhookScope): SQL {
  switch (scope.kind) {
    case 'user':
      return and(
        eq(webhooks.userId, scope.userId),
        isNull(webhooks.eventTypeId),
        isNull(webhooks.teamId),
      )!;
    case 'eventType':
      return and(
        eq(webhooks.userId, scope.userId),
        eq(webhooks.eventTypeId, scope.eventTypeId),
        isNull(webhooks.teamId),
      )!;
    case 'team':
      return eq(webhooks.teamId, scope.teamId);
  }
}

/** The columns that place a new webhook in its scope. */
export function scopeColumns(
  scope: WebhookScope,
): Pick<WebhookRow, 'userId' | 'eventTypeId' | 'teamId'> {
  return {
    userId: scope.userId,
    eventTypeId: scope.kind === 'eventType' ? scope.eventTypeId : null,
    teamId: scope.kind === 'team' ? scope.teamId : null,
  };
}

/** Throws the driver's unique violation when the scope already has this subscriber URL. */
export async function insertWebhook(db: Db, webhook: NewWebhook): Promise<WebhookRow> {
  const [row] = await db.insert(webhooks).values(webhook).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/** The webhooks of a scope, oldest first. */
export async function listWebhooksInScope(
  db: Db,
  scope: WebhookScope,
  page: { take: number; skip: number },
): Promise<WebhookRow[]> {
  return db
    .select()
    .from(webhooks)
    .where(inScope(scope))
    .orderBy(asc(webhooks.createdAt), asc(webhooks.id))
    .limit(page.take)
    .offset(page.skip);
}

/** One webhook of the scope; undefined for another scope's, another user's or a bad id. */
export async function findWebhookInScope(
  db: Db,
  scope: WebhookScope,
  id: string,
): Promise<WebhookRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), inScope(scope)));
  return row;
}

/**
 * Any webhook of the user, own or of one of their event types (not a team's they created);
 * the deliveries, pings and replays of `/v2/webhooks/{id}` use this.
 */
export async function findWebhookOfUser(
  db: Db,
  userId: number,
  id: string,
): Promise<WebhookRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), eq(webhooks.userId, userId), isNull(webhooks.teamId)));
  return row;
}

/** Changes a webhook of the scope; undefined when it has none with that id. */
export async function updateWebhookInScope(
  db: Db,
  scope: WebhookScope,
  id: string,
  changes: WebhookChanges,
): Promise<WebhookRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .update(webhooks)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(webhooks.id, id), inScope(scope)))
    .returning();
  return row;
}

/** Deletes a webhook of the scope (its deliveries go with it) and returns it. */
export async function deleteWebhookInScope(
  db: Db,
  scope: WebhookScope,
  id: string,
): Promise<WebhookRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .delete(webhooks)
    .where(and(eq(webhooks.id, id), inScope(scope)))
    .returning();
  return row;
}

/** Deletes every webhook of the scope; returns how many. */
export async function deleteWebhooksInScope(db: Db, scope: WebhookScope): Promise<number> {
  const rows = await db.delete(webhooks).where(inScope(scope)).returning({ id: webhooks.id });
  return rows.length;
}

/**
 * Writes an event that is not about a booking (OOO_CREATED, ...) to the outbox; call it inside
 * the transaction of the change it announces.
 */
export async function insertOutboxEvent(
  db: Db,
  event: { type: string; userId: number | null; payload: Record<string, unknown> },
): Promise<void> {
  await db.insert(outboxEvents).values(event);
}

/** Webhooks whose secret is stored in clear (not `enc:v1:` sealed), a page at a time. */
export async function listWebhooksWithClearSecrets(
  db: Db,
  limit: number,
): Promise<Array<{ id: string; secret: string }>> {
  return db
    .select({ id: webhooks.id, secret: webhooks.secret })
    .from(webhooks)
    .where(sql`${webhooks.secret} NOT LIKE 'enc:v1:%'`)
    .orderBy(webhooks.id)
    .limit(limit);
}

/** Replaces a secret, only if it is still `previous` (a rotation meanwhile wins). */
export async function replaceWebhookSecret(
  db: Db,
  id: string,
  previous: string,
  next: string,
): Promise<void> {
  await db
    .update(webhooks)
    .set({ secret: next })
    .where(and(eq(webhooks.id, id), eq(webhooks.secret, previous)));
}
