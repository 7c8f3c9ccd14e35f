import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesTeam, startAt, weighted } from './testing/round-robin-fixtures';
import {
  book,
  hostOf,
  person,
  teamEventType,
  teamOf,
  teamTestApp,
  type Person,
  type TestApp,
  type TestClock,
} from './testing/team-fixtures';

let t: TestApp;
let clock: TestClock;
beforeAll(async () => {
  ({ t, clock } = await teamTestApp());
});
afterAll(() => t.close());

describe('concurrent bookings of one start', () => {
  it('lands two simultaneous bookings on the two free hosts, neither refused', async () => {
    clock.set('2026-03-01T00:00:00Z');
    const { eventType, alice, bob } = await salesTeam(t, ({ alice, bob }) => [
      { userId: alice!.user.id },
      { userId: bob!.user.id },
    ]);
    const start = startAt(0);
    const responses = await Promise.all(
      [1, 2].map((i) =>
        book(t, {
          eventTypeId: eventType.id,
          start,
          attendee: { name: `Racer ${i}`, email: `racer${i}@example.com`, timeZone: 'UTC' },
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    expect(responses.map((r) => hostOf(r.body.data)).sort()).toEqual(
      [alice.user.id, bob.user.id].sort(),
    );
    const third = await book(t, { eventTypeId: eventType.id, start });
    expect(third.status).toBe(409);
  });
});

describe('a crowd at one start', () => {
  it('gives five simultaneous bookings the five free hosts, then refuses the sixth', async () => {
    clock.set('2026-03-01T00:00:00Z');
    const owner = await person(t, 'Crowd');
    const hosts = [];
    for (let i = 0; i < 5; i++) hosts.push(await person(t, `Host ${i}`));
    const team = await teamOf(t, owner, hosts);
    const eventType = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: hosts.map((h) => ({ userId: h.user.id })),
    });
    const start = startAt(0);
    const responses = await Promise.all(
      hosts.map((_, i) =>
        book(t, {
          eventTypeId: eventType.id,
          start,
          attendee: { name: `Guest ${i}`, email: `guest${i}@example.com`, timeZone: 'UTC' },
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(hosts.map(() => 201));
    expect(new Set(responses.map((r) => hostOf(r.body.data))).size).toBe(5);
    expect((await book(t, { eventTypeId: eventType.id, start })).status).toBe(409);
  });
});

describe('simultaneous bookings of different starts', () => {
  it('share them out as if they came one after another', async () => {
    clock.set('2026-03-01T00:00:00Z');
    const { eventType, alice, bob, carol } = await salesTeam(t, weighted);
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        book(t, { eventTypeId: eventType.id, start: startAt(i) }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const hosts = responses.map((r) => hostOf(r.body.data));
    const count = (p: Person) => hosts.filter((id) => id === p.user.id).length;
    expect([count(alice), count(bob), count(carol)]).toEqual([2, 4, 2]);
  });
});
