import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database';
import { eventTypeHosts, eventTypes, teams, users, type EventTypeRow } from '../schema';

/** A person shown on an event type. */
export interface EventTypePerson {
  id: number;
  name: string;
  username: string;
}

export interface EventTypeHost {
  userId: number;
  name: string;
  username: string;
  isFixed: boolean;
  priority: number;
  weight: number;
  scheduleId: number | null;
  bookingLimitsCount: { day?: number; week?: number } | null;
  rrRunOffset: number;
}

/** The team a team event type belongs to, as the event type shows it. */
export interface EventTypeTeam {
  id: number;
  name: string;
  slug: string;
  logoUrl: string | null;
  bannerUrl: string | null;
  weekStart: string;
  brandColor: string | null;
  darkBrandColor: string | null;
  theme: string | null;
}

/** A managed child's template, as far as the child needs it. */
export interface EventTypeParent {
  id: number;
  teamId: number | null;
  unlockedFields: string[] | null;
}

/** An event type with the people it shows: its owner, its hosts and its team. */
export interface EventTypeRecord {
  eventType: EventTypeRow;
  owner: EventTypePerson | null;
  hosts: EventTypeHost[];
  team: EventTypeTeam | null;
  /** A managed child's template. */
  parent: EventTypeParent | null;
}

const person = { id: users.id, name: users.name, username: users.username };
const teamColumns = {
  id: teams.id,
  name: teams.name,
  slug: teams.slug,
  logoUrl: teams.logoUrl,
  bannerUrl: teams.bannerUrl,
  weekStart: teams.weekStart,
  brandColor: teams.brandColor,
  darkBrandColor: teams.darkBrandColor,
  theme: teams.theme,
};

const idsOf = (values: Array<number | null>) => [
  ...new Set(values.filter((value): value is number => value !== null)),
];

/** Owners, hosts and teams of the rows, in one query each. */
export async function withPeople(db: Db, rows: EventTypeRow[]): Promise<EventTypeRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const ownerIds = idsOf(rows.map((row) => row.ownerId));
  const teamIds = idsOf(rows.map((row) => row.teamId));
  const parentIds = idsOf(rows.map((row) => row.parentId));
  const [owners, hosts, teamRows, parents] = await Promise.all([
    ownerIds.length ? db.select(person).from(users).where(inArray(users.id, ownerIds)) : [],
    db
      .select({
        eventTypeId: eventTypeHosts.eventTypeId,
        isFixed: eventTypeHosts.isFixed,
        priority: eventTypeHosts.priority,
        weight: eventTypeHosts.weight,
        scheduleId: eventTypeHosts.scheduleId,
        bookingLimitsCount: eventTypeHosts.bookingLimitsCount,
        rrRunOffset: eventTypeHosts.rrRunOffset,
        userId: users.id,
        name: users.name,
        username: users.username,
      })
      .from(eventTypeHosts)
      .innerJoin(users, eq(users.id, eventTypeHosts.userId))
      .where(inArray(eventTypeHosts.eventTypeId, ids))
      .orderBy(asc(eventTypeHosts.createdAt), asc(eventTypeHosts.userId)),
    teamIds.length ? db.select(teamColumns).from(teams).where(inArray(teams.id, teamIds)) : [],
    parentIds.length
      ? db
          .select({
            id: eventTypes.id,
            teamId: eventTypes.teamId,
            unlockedFields: eventTypes.unlockedFields,
          })
          .from(eventTypes)
          .where(inArray(eventTypes.id, parentIds))
      : [],
  ]);
  return rows.map((eventType) => ({
    eventType,
    owner: owners.find((owner) => owner.id === eventType.ownerId) ?? null,
    hosts: hosts
      .filter((host) => host.eventTypeId === eventType.id)
      .map(({ eventTypeId: _eventTypeId, ...host }) => host),
    team: teamRows.find((team) => team.id === eventType.teamId) ?? null,
    parent: parents.find((parent) => parent.id === eventType.parentId) ?? null,
  }));
}
