import {
  defaultLocations,
  type BookingLocationInput,
  type EventTypeLocation,
  type FieldError,
} from '@kairos/contracts';

/** A booking's location as stored: one of the event type's, or the attendee's answer to one. */
export type BookingLocation =
  | Exclude<
      EventTypeLocation,
      { type: 'attendeeAddress' } | { type: 'attendeePhone' } | { type: 'attendeeDefined' }
    >
  | { type: 'attendeeAddress'; address: string }
  | { type: 'attendeePhone'; phone: string }
  | { type: 'attendeeDefined'; location: string };

type OrganizerLocation = Extract<
  BookingLocation,
  { type: 'address' | 'link' | 'phone' | 'integration' }
>;

const E164 = /^\+[1-9]\d{6,14}$/;

/** The location as a string, as the PRD and Cal.com show it. */
export function locationText(location: BookingLocation | null): string | null {
  if (!location) return null;
  switch (location.type) {
    case 'address':
    case 'attendeeAddress':
      return location.address;
    case 'link':
      return location.link;
    case 'phone':
    case 'attendeePhone':
      return location.phone;
    case 'integration':
      return `integrations:${location.integration}`;
    case 'attendeeDefined':
      return location.location;
  }
}

const isOrganizerLocation = (location: EventTypeLocation): location is OrganizerLocation =>
  ['address', 'link', 'phone', 'integration'].includes(location.type);

function fromText(locations: EventTypeLocation[], text: string): BookingLocation | undefined {
  const organizer = locations
    .filter(isOrganizerLocation)
    .find(
      (location) =>
        locationText(location) === text ||
        text === (location as { integration?: string }).integration,
    );
  if (organizer) return organizer;
  const has = (type: EventTypeLocation['type']) => locations.some((l) => l.type === type);
  if (has('attendeeDefined')) return { type: 'attendeeDefined', location: text };
  if (has('attendeeAddress')) return { type: 'attendeeAddress', address: text };
  if (has('attendeePhone') && E164.test(text)) return { type: 'attendeePhone', phone: text };
  return undefined;
}

function fromObject(
  locations: EventTypeLocation[],
  input: BookingLocationInput,
): BookingLocation | undefined {
  switch (input.type) {
    case 'address':
    case 'link':
    case 'phone':
      return locations.filter(isOrganizerLocation).find((l) => l.type === input.type);
    case 'integration':
      return locations.find(
        (l): l is OrganizerLocation =>
          l.type === 'integration' && l.integration === input.integration,
      );
    case 'organizersDefaultApp':
      return locations.find((l): l is OrganizerLocation => l.type === 'integration');
    case 'attendeeAddress':
    case 'attendeePhone':
    case 'attendeeDefined':
      return locations.some((l) => l.type === input.type) ? input : undefined;
  }
}

/**
 * The location a booking gets: the one the booker picked, which must be one of the event type's,
 * or else the event type's first organizer location (none when it only asks the attendee).
 */
export function resolveLocation(
  stored: unknown[],
  input: string | BookingLocationInput | undefined,
): { location: BookingLocation | null } | { error: FieldError } {
  const locations = stored.length ? (stored as EventTypeLocation[]) : defaultLocations;
  if (input === undefined) return { location: locations.find(isOrganizerLocation) ?? null };
  const location =
    typeof input === 'string' ? fromText(locations, input) : fromObject(locations, input);
  if (location) return { location };
  const offered = locations.map((l) => l.type).join(', ');
  return {
    error: { field: 'location', message: `Not one of the event type's locations (${offered})` },
  };
}
