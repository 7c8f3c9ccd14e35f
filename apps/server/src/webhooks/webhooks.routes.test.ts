import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEventType } from '../testing/scheduling-factories';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
let strict: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { allowPrivateWebhookUrls: true } });
  strict = await createTestApp({ database: t.database });
});
afterAll(async () => {
  await strict.close();
  await t.close();
});

type Headers = Record<string, string>;
const call = async (
  app: TestApp,
  method: string,
  url: string,
  headers: Headers,
  payload?: object,
) => {
  const response = await app.app.inject({ method: method as 'GET', url, headers, payload });
  return { status: response.statusCode, body: json(response) };
};
const fields = (body: any) => body.error.details.map((d: { field: string }) => d.field);

const hook = { subscriberUrl: 'http://127.0.0.1:9/hook', triggers: ['BOOKING_CREATED'] };

describe('/v2/webhooks', () => {
  it('creates, reads, lists, updates and deletes a webhook; the secret is shown once', async () => {
    const { user, headers } = await t.signedIn();
    const created = await call(t, 'POST', '/v2/webhooks', headers, {
      ...hook,
      payloadTemplate: '{"uid":"{{uid}}"}',
    });
    expect(created.status).toBe(201);
    const webhook = created.body.data;
    expect(webhook).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      userId: user.id,
      eventTypeId: null,
      teamId: null,
      subscriberUrl: hook.subscriberUrl,
      triggers: ['BOOKING_CREATED'],
      active: true,
      payloadTemplate: '{"uid":"{{uid}}"}',
      version: '2021-10-20',
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const [row] = await t.database.query<{ secret: string }>(
      'SELECT secret FROM webhooks WHERE id = $1',
      [webhook.id],
    );
    expect(row?.secret).toBe(webhook.secret);

    const read = await call(t, 'GET', `/v2/webhooks/${webhook.id}`, headers);
    expect(read.status).toBe(200);
    expect(read.body.data).not.toHaveProperty('secret');
    expect(read.body.data.subscriberUrl).toBe(hook.subscriberUrl);
    const list = await call(t, 'GET', '/v2/webhooks', headers);
    expect(list.body.data.map((w: { id: string }) => w.id)).toEqual([webhook.id]);
    expect(list.body.data[0]).not.toHaveProperty('secret');

    const updated = await call(t, 'PATCH', `/v2/webhooks/${webhook.id}`, headers, {
      eventTriggers: ['BOOKING_CANCELLED', 'MEETING_ENDED', 'BOOKING_CANCELLED'],
      active: false,
      payloadTemplate: null,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({
      triggers: ['BOOKING_CANCELLED', 'MEETING_ENDED'],
      active: false,
      payloadTemplate: null,
    });
    expect(updated.body.data).not.toHaveProperty('secret');
    const rotated = await call(t, 'PATCH', `/v2/webhooks/${webhook.id}`, headers, {
      secret: 'a-new-secret-value',
    });
    expect(rotated.body.data.secret).toBe('a-new-secret-value');

    const deleted = await call(t, 'DELETE', `/v2/webhooks/${webhook.id}`, headers);
    expect(deleted.status).toBe(200);
    expect(deleted.body.data.id).toBe(webhook.id);
    expect((await call(t, 'GET', `/v2/webhooks/${webhook.id}`, headers)).status).toBe(404);
  });

  it("accepts the PRD's body (eventTriggers, secret) and keeps the secret given", async () => {
    const { headers } = await t.signedIn();
    const created = await call(t, 'POST', '/v2/webhooks', headers, {
      subscriberUrl: 'https://127.0.0.1:9/cal',
      eventTriggers: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'],
      active: true,
      payloadTemplate: null,
      secret: 'whsec_your_webhook_secret_here',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      triggers: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'],
      secret: 'whsec_your_webhook_secret_here',
    });
  });

  it('accepts every trigger of the PRD and of Cal.com', async () => {
    const { headers } = await t.signedIn();
    const triggers = [
      'BOOKING_CREATED',
      'BOOKING_RESCHEDULED',
      'BOOKING_CANCELLED',
      'BOOKING_PAID',
      'BOOKING_NO_SHOW',
      'MEETING_STARTED',
      'MEETING_ENDED',
      'RECORDING_READY',
      'FORM_SUBMITTED',
      'OOO_CREATED',
      'BOOKING_REQUESTED',
      'BOOKING_REJECTED',
      'BOOKING_NO_SHOW_UPDATED',
      'BOOKING_PAYMENT_INITIATED',
      'INSTANT_MEETING',
      'RECORDING_TRANSCRIPTION_GENERATED',
      'AFTER_HOSTS_CAL_VIDEO_NO_SHOW',
      'AFTER_GUESTS_CAL_VIDEO_NO_SHOW',
      'FORM_SUBMITTED_NO_EVENT',
    ];
    const created = await call(t, 'POST', '/v2/webhooks', headers, { ...hook, triggers });
    expect(created.status).toBe(201);
    expect(created.body.data.triggers).toEqual(triggers);
  });

  it('refuses bad input with one detail per field', async () => {
    const { headers } = await t.signedIn();
    const response = await call(t, 'POST', '/v2/webhooks', headers, {
      subscriberUrl: 'ftp://example.com/x',
      triggers: ['BOOKING_CONFIRMED'],
      active: 'yes',
      secret: 'short',
      version: '2024-01-01',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('VALIDATION_ERROR');
    expect(fields(response.body).sort()).toEqual(
      ['active', 'secret', 'subscriberUrl', 'triggers.0', 'version'].sort(),
    );
    const none = await call(t, 'POST', '/v2/webhooks', headers, {
      subscriberUrl: hook.subscriberUrl,
    });
    expect(none.status).toBe(422);
    expect(fields(none.body)).toEqual(['triggers']);
    const empty = await call(t, 'POST', '/v2/webhooks', headers, { ...hook, triggers: [] });
    expect(fields(empty.body)).toEqual(['triggers']);
  });

  it('refuses a second webhook with the same URL (409) but allows it for an event type', async () => {
    const { user, headers } = await t.signedIn();
    expect((await call(t, 'POST', '/v2/webhooks', headers, hook)).status).toBe(201);
    const again = await call(t, 'POST', '/v2/webhooks', headers, hook);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    const eventType = await insertEventType(t.database.db, user.id);
    const scoped = await call(t, 'POST', `/v2/event-types/${eventType.id}/webhooks`, headers, hook);
    expect(scoped.status).toBe(201);
  });

  it("is 404 for another user's webhooks, deliveries, pings and replays, and for ids that are not uuids", async () => {
    const owner = await t.signedIn();
    const stranger = await t.signedIn();
    const { body } = await call(t, 'POST', '/v2/webhooks', owner.headers, hook);
    const id = body.data.id as string;
    for (const [method, url] of [
      ['GET', `/v2/webhooks/${id}`],
      ['PATCH', `/v2/webhooks/${id}`],
      ['DELETE', `/v2/webhooks/${id}`],
      ['GET', `/v2/webhooks/${id}/deliveries`],
      ['POST', `/v2/webhooks/${id}/ping`],
      ['POST', `/v2/webhooks/${id}/deliveries/${id}/replay`],
      ['GET', '/v2/webhooks/not-a-uuid'],
      ['GET', `/v2/webhooks/${id}x/deliveries`],
    ] as const) {
      const response = await call(
        t,
        method,
        url,
        stranger.headers,
        method === 'PATCH' ? {} : undefined,
      );
      expect(response.status, `${method} ${url}`).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
    }
    const listed = await call(t, 'GET', '/v2/webhooks', stranger.headers);
    expect(listed.body.data).toEqual([]);
    const mine = await call(t, 'GET', `/v2/webhooks/${id}/deliveries/${id}`, owner.headers);
    expect(mine.status).toBe(404);
    expect((await call(t, 'GET', '/v2/webhooks', {})).status).toBe(401);
  });

  it("scopes /v2/event-types/{id}/webhooks to the caller's event type", async () => {
    const owner = await t.signedIn();
    const stranger = await t.signedIn();
    const eventType = await insertEventType(t.database.db, owner.user.id);
    const base = `/v2/event-types/${eventType.id}/webhooks`;
    const created = await call(t, 'POST', base, owner.headers, hook);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ eventTypeId: eventType.id, userId: owner.user.id });
    const id = created.body.data.id as string;
    expect((await call(t, 'GET', base, owner.headers)).body.data.map((w: any) => w.id)).toEqual([
      id,
    ]);
    expect((await call(t, 'GET', '/v2/webhooks', owner.headers)).body.data).toEqual([]);
    expect((await call(t, 'GET', `/v2/webhooks/${id}`, owner.headers)).status).toBe(404);
    const patched = await call(t, 'PATCH', `${base}/${id}`, owner.headers, { active: false });
    expect(patched.body.data.active).toBe(false);
    expect((await call(t, 'GET', `${base}/${id}`, owner.headers)).body.data.active).toBe(false);
    for (const [method, url] of [
      ['POST', base],
      ['GET', base],
      ['DELETE', base],
      ['GET', `${base}/${id}`],
      ['DELETE', `${base}/${id}`],
    ] as const) {
      const response = await call(
        t,
        method,
        url,
        stranger.headers,
        method === 'POST' ? hook : undefined,
      );
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    const second = await call(t, 'POST', base, owner.headers, {
      ...hook,
      subscriberUrl: 'http://127.0.0.1:9/2',
    });
    expect(second.status).toBe(201);
    expect((await call(t, 'DELETE', `${base}/${id}`, owner.headers)).body.data.id).toBe(id);
    expect((await call(t, 'DELETE', base, owner.headers)).body.data).toEqual({ deleted: 1 });
    expect((await call(t, 'GET', base, owner.headers)).body.data).toEqual([]);
  });

  it('refuses loopback, private and link-local subscriber URLs unless private URLs are allowed', async () => {
    const { headers } = await strict.signedIn();
    for (const subscriberUrl of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://10.0.0.5/hook',
      'http://192.168.1.1/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://0.0.0.0/hook',
    ]) {
      const response = await call(strict, 'POST', '/v2/webhooks', headers, {
        ...hook,
        subscriberUrl,
      });
      expect(response.status, subscriberUrl).toBe(422);
      expect(response.body.error.details).toEqual([
        {
          field: 'subscriberUrl',
          message: expect.stringMatching(/loopback, private or link-local/),
        },
      ]);
    }
    const created = await call(strict, 'POST', '/v2/webhooks', headers, {
      ...hook,
      subscriberUrl: 'http://93.184.216.34/hook',
    });
    expect(created.status).toBe(201);
    const moved = await call(strict, 'PATCH', `/v2/webhooks/${created.body.data.id}`, headers, {
      subscriberUrl: 'http://10.1.2.3/hook',
    });
    expect(moved.status).toBe(422);
    expect(fields(moved.body)).toEqual(['subscriberUrl']);
    expect((await call(t, 'POST', '/v2/webhooks', (await t.signedIn()).headers, hook)).status).toBe(
      201,
    );
  });
});
