import type { PublicBookingPage, PublicEventTypePage, PublicUserPage } from '@kairos/contracts';
import {
  findBookingByUid,
  findEventTypeRecord,
  findTeam,
  findTeamBySlug,
  findUserById,
  findUserByUsername,
  listEventTypesOfUsername,
  listTeamEventTypes,
  type Database,
  type EventTypeRecord,
} from '@kairos/db';
import { presentBooking } from '../bookings/present-booking';
import {
  presentPublicEventType,
  presentPublicEventTypeSummary,
  presentPublicProfile,
  presentTeamProfile,
} from './present-public-page';

/** Managed event types are templates: each member books through their own copy. */
const isBookable = (record: EventTypeRecord) => record.eventType.schedulingType !== 'managed';

/** A person's page: profile and listed (not hidden) event types; null when there is no such user. */
export async function loadUserPage(
  database: Database,
  username: string,
): Promise<PublicUserPage | null> {
  const [user, records] = await Promise.all([
    findUserByUsername(database.db, username),
    listEventTypesOfUsername(database.db, username, { includeHidden: false }),
  ]);
  if (!user) return null;
  return {
    profile: presentPublicProfile(user),
    eventTypes: records.map(presentPublicEventTypeSummary),
  };
}

/** One event type by username and slug (hidden ones too: they are bookable by link). */
export async function loadEventTypePage(
  database: Database,
  username: string,
  eventSlug: string,
): Promise<PublicEventTypePage | null> {
  const [user, records] = await Promise.all([
    findUserByUsername(database.db, username),
    listEventTypesOfUsername(database.db, username, { slug: eventSlug, includeHidden: true }),
  ]);
  const record = records[0];
  if (!user || !record) return null;
  return { profile: presentPublicProfile(user), eventType: presentPublicEventType(record) };
}

/**
 * A booking for its uid's holder (the same view as `GET /v2/bookings/{uid}` without a key),
 * with its event type and the organizer's profile; null when there is no such booking.
 */
export async function loadBookingPage(
  database: Database,
  uid: string,
  seatUid: string | undefined,
): Promise<PublicBookingPage | null> {
  const record = await findBookingByUid(database, uid);
  if (!record) return null;
  const [organizer, eventType] = await Promise.all([
    findUserById(database.db, record.organizerId),
    record.eventTypeId === null ? undefined : findEventTypeRecord(database.db, record.eventTypeId),
  ]);
  const teamId = eventType?.eventType.teamId ?? null;
  const team = teamId === null ? undefined : await findTeam(database.db, teamId);
  return {
    booking: presentBooking(record, { isHost: false, seatUid }),
    eventType: eventType ? presentPublicEventType(eventType) : null,
    profile: team ? presentTeamProfile(team) : organizer ? presentPublicProfile(organizer) : null,
  };
}

/** A team's page: profile and listed event types; null when there is no such team. */
export async function loadTeamPage(
  database: Database,
  teamSlug: string,
): Promise<PublicUserPage | null> {
  const team = await findTeamBySlug(database.db, teamSlug);
  if (!team) return null;
  const records = await listTeamEventTypes(database.db, team.id);
  return {
    profile: presentTeamProfile(team),
    eventTypes: records
      .filter((record) => isBookable(record) && !record.eventType.hidden)
      .map(presentPublicEventTypeSummary),
  };
}

/** One of a team's event types by slug (hidden ones too; managed templates never). */
export async function loadTeamEventTypePage(
  database: Database,
  teamSlug: string,
  eventSlug: string,
): Promise<PublicEventTypePage | null> {
  const team = await findTeamBySlug(database.db, teamSlug);
  if (!team) return null;
  const [record] = await listTeamEventTypes(database.db, team.id, { slug: eventSlug });
  if (!record || !isBookable(record)) return null;
  return { profile: presentTeamProfile(team), eventType: presentPublicEventType(record) };
}
