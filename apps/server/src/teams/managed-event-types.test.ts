import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  book,
  booked,
  call,
  ok,
  person,
  slotStarts,
  teamEventType,
  teamOf,
  teamTestApp,
  type Person,
  type TestApp,
} from './testing/team-fixtures';

let t: TestApp;
beforeAll(async () => {
  ({ t } = await teamTestApp());
});
afterAll(() => t.close());

/** A managed template assigned to two members, descriptions unlocked. */
async function managedTeam() {
  const owner = await person(t, 'Mona');
  const [a, b] = [await person(t, 'Mae'), await person(t, 'Mel')];
  const team = await teamOf(t, owner, [a, b]);
  const template = await teamEventType(t, owner, team.id, {
    title: 'Onboarding',
    slug: 'onboarding',
    lengthInMinutes: 60,
    schedulingType: 'managed',
    unlockedFields: ['description'],
    hosts: [{ userId: a.user.id }, { userId: b.user.id }],
  });
  return { owner, team, template, a, b };
}

const copyOf = async (member: Person, id: number) =>
  ok(t, { method: 'GET', url: `/v2/event-types/${id}`, headers: member.headers });

const childIdOf = (template: { children: Array<{ id: number; ownerId: number }> }, p: Person) =>
  template.children.find((child) => child.ownerId === p.user.id)!.id;

describe('managed event types', () => {
  it('gives each assigned member a copy they own and book as their own', async () => {
    const { template, a, b } = await managedTeam();
    expect(template).toMatchObject({ schedulingType: 'managed', unlockedFields: ['description'] });
    expect(template.children.map((c: { ownerId: number }) => c.ownerId).sort()).toEqual(
      [a.user.id, b.user.id].sort(),
    );
    const copy = await copyOf(a, childIdOf(template, a));
    expect(copy).toMatchObject({
      ownerId: a.user.id,
      title: 'Onboarding',
      slug: 'onboarding',
      lengthInMinutes: 60,
      parentEventTypeId: template.id,
      hosts: [expect.objectContaining({ userId: a.user.id })],
    });
    expect(copy.lockedFields).toContain('title');
    expect(copy.lockedFields).not.toContain('description');
    expect(copy.lockedFields).not.toContain('scheduleId');
    const own = await ok(t, { method: 'GET', url: '/v2/event-types', headers: b.headers });
    expect(own.map((e: { slug: string }) => e.slug)).toEqual(['onboarding']);

    const start = '2026-03-10T09:00:00.000Z';
    const query = `eventTypeSlug=onboarding&username=${a.user.username}`;
    expect(await slotStarts(t, query, '2026-03-10')).toContain(start);
    const made = await booked(t, { eventTypeSlug: 'onboarding', username: a.user.username, start });
    expect(made.hosts.map((h: { id: number }) => h.id)).toEqual([a.user.id]);
    const templateSlots = await call(t, {
      method: 'GET',
      url: `/v2/slots?eventTypeId=${template.id}&start=2026-03-10&end=2026-03-10`,
    });
    expect(templateSlots.status).toBe(422);
    const templateBooking = await book(t, { eventTypeId: template.id, start });
    expect(templateBooking.status).toBe(422);
  });

  it('passes locked settings on to the copies and keeps what members changed where unlocked', async () => {
    const { owner, team, template, a } = await managedTeam();
    const childId = childIdOf(template, a);
    const lockedPatch = await call(t, {
      method: 'PATCH',
      url: `/v2/event-types/${childId}`,
      headers: a.headers,
      payload: { title: 'Mine now', lengthInMinutes: 15, description: 'My notes' },
    });
    expect(lockedPatch.status).toBe(422);
    expect(lockedPatch.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'lengthInMinutes',
      'title',
    ]);
    const sameTitle = await ok(t, {
      method: 'PATCH',
      url: `/v2/event-types/${childId}`,
      headers: a.headers,
      payload: { title: 'Onboarding', description: 'My notes' },
    });
    expect(sameTitle.description).toBe('My notes');

    await ok(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/event-types/${template.id}`,
      headers: owner.headers,
      payload: { title: 'Onboarding v2', lengthInMinutes: 30, description: 'Team text' },
    });
    const copy = await copyOf(a, childId);
    expect(copy).toMatchObject({
      title: 'Onboarding v2',
      lengthInMinutes: 30,
      description: 'My notes',
    });
    const deleteCopy = await call(t, {
      method: 'DELETE',
      url: `/v2/event-types/${childId}`,
      headers: a.headers,
    });
    expect(deleteCopy.status).toBe(403);
  });

  it('deletes the copy of a member who is unassigned, and adds one for a member assigned', async () => {
    const { owner, team, template, a, b } = await managedTeam();
    const c = await person(t, 'Moe');
    await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/memberships`,
      headers: owner.headers,
      payload: { userId: c.user.id, accepted: true },
    });
    const changed = await ok(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/event-types/${template.id}`,
      headers: owner.headers,
      payload: { hosts: [{ userId: b.user.id }, { userId: c.user.id }] },
    });
    expect(changed.children.map((child: { ownerId: number }) => child.ownerId).sort()).toEqual(
      [b.user.id, c.user.id].sort(),
    );
    const gone = await call(t, {
      method: 'GET',
      url: `/v2/event-types/${childIdOf(template, a)}`,
      headers: a.headers,
    });
    expect(gone.status).toBe(404);
    const deleted = await call(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/event-types/${template.id}`,
      headers: owner.headers,
    });
    expect(deleted.status).toBe(200);
    expect(await ok(t, { method: 'GET', url: '/v2/event-types', headers: c.headers })).toEqual([]);
  });

  it("refuses (409) to assign a member whose own event type has the template's slug", async () => {
    const owner = await person(t, 'Nell');
    const member = await person(t, 'Ned');
    const team = await teamOf(t, owner, [member]);
    await ok(t, {
      method: 'POST',
      url: '/v2/event-types',
      headers: member.headers,
      payload: { title: 'Mine', slug: 'intro', lengthInMinutes: 30 },
    });
    const { status } = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
      payload: {
        title: 'Intro',
        slug: 'intro',
        lengthInMinutes: 30,
        schedulingType: 'managed',
        hosts: [{ userId: member.user.id }],
      },
    });
    expect(status).toBe(409);
    const templates = await ok(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
    });
    expect(templates).toEqual([]);
  });
});
