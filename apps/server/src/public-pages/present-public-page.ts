import type {
  PublicEventType,
  PublicEventTypeSummary,
  PublicProfile,
  EventTypeOutput,
} from '@kairos/contracts';
import type { EventTypeRecord, TeamRow, UserRow } from '@kairos/db';
import { presentEventType } from '../event-types/present-event-type';
import { presentAppearance } from '../me/present-user';

/** A person as their booking pages show them: no email, no ids. */
export function presentPublicProfile(user: UserRow): PublicProfile {
  return {
    username: user.username,
    name: user.name,
    bookingPath: `/${user.username}`,
    weekStart: user.weekStart as PublicProfile['weekStart'],
    timeFormat: user.timeFormat === 12 ? 12 : 24,
    appearance: presentAppearance(user),
  };
}

const THEMES = new Set(['light', 'dark', 'auto']);

/** A team as its booking pages show it; unset colours and theme take the defaults. */
export function presentTeamProfile(team: TeamRow): PublicProfile {
  return {
    username: team.slug,
    name: team.name,
    bookingPath: `/team/${team.slug}`,
    weekStart: team.weekStart as PublicProfile['weekStart'],
    timeFormat: team.timeFormat === 12 ? 12 : 24,
    appearance: {
      brandColor: team.brandColor ?? '#292929',
      darkBrandColor: team.darkBrandColor ?? '#fafafa',
      theme: THEMES.has(team.theme ?? '')
        ? (team.theme as PublicProfile['appearance']['theme'])
        : 'auto',
      logoUrl: team.logoUrl,
      hideBranding: team.hideBranding,
    },
  };
}

function summaryOf(shown: EventTypeOutput): PublicEventTypeSummary {
  return {
    id: shown.id,
    slug: shown.slug,
    title: shown.title,
    description: shown.description,
    lengthInMinutes: shown.lengthInMinutes,
    lengthInMinutesOptions: shown.lengthInMinutesOptions,
    seats: shown.seats
      ? {
          seatsPerTimeSlot: shown.seats.seatsPerTimeSlot,
          showAttendeeInfo: shown.seats.showAttendeeInfo ?? false,
          showAvailabilityCount: shown.seats.showAvailabilityCount ?? true,
        }
      : null,
    recurrence: shown.recurrence
      ? {
          frequency: shown.recurrence.frequency,
          interval: shown.recurrence.interval,
          occurrences: shown.recurrence.occurrences,
        }
      : null,
    requiresConfirmation: shown.confirmationPolicy !== null,
  };
}

/** An event type in a person's list, as anyone may see it. */
export const presentPublicEventTypeSummary = (record: EventTypeRecord): PublicEventTypeSummary =>
  summaryOf(presentEventType(record, null));

/**
 * An event type as its booking page needs it. Presented as to an anonymous viewer first, so
 * non-public locations lose their details exactly as the API withholds them.
 */
export function presentPublicEventType(record: EventTypeRecord): PublicEventType {
  const shown = presentEventType(record, null);
  return {
    ...summaryOf(shown),
    locations: shown.locations,
    bookingFields: shown.bookingFields,
    disableGuests: shown.disableGuests,
    successRedirectUrl: shown.successRedirectUrl,
    hidden: shown.hidden,
    hosts: shown.hosts.length
      ? shown.hosts.map((host) => ({ name: host.name, username: host.username }))
      : shown.users.map((user) => ({ name: user.name, username: user.username })),
  };
}
