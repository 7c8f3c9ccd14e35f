import type { PublicEventType } from '@kairos/contracts';
import { en } from '../i18n/en';

export type EventLocation = PublicEventType['locations'][number];

/** "google-meet" → "Google Meet" for apps without a name of their own. */
const appName = (slug: string) =>
  en.locations.apps[slug] ??
  slug
    .replace(/-(video|conferencing)$/, '')
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** How a location reads on the booking page (hidden details stay hidden). */
export function locationLabel(location: EventLocation): string {
  switch (location.type) {
    case 'address':
      return 'address' in location ? location.address : en.locations.addressHidden;
    case 'link':
      return 'link' in location ? en.locations.link : en.locations.linkHidden;
    case 'phone':
      return 'phone' in location ? location.phone : en.locations.phoneHidden;
    case 'integration':
      return appName(location.integration);
    case 'attendeeAddress':
      return en.locations.attendeeAddress;
    case 'attendeePhone':
      return en.locations.attendeePhone;
    case 'attendeeDefined':
      return en.locations.attendeeDefined;
  }
}

/** A booking's location string as the confirmation shows it ("integrations:zoom" → "Zoom"). */
export function bookingLocationLabel(text: string | null): string | null {
  if (!text) return null;
  const app = /^integrations:(.+)$/.exec(text);
  return app ? appName(app[1]!) : text;
}

/** Whether the attendee types something for this location. */
export const asksAttendee = (location: EventLocation) =>
  location.type === 'attendeeAddress' ||
  location.type === 'attendeePhone' ||
  location.type === 'attendeeDefined';

/** The location as the create-booking body names it. */
export function locationInput(location: EventLocation, answer: string): Record<string, string> {
  switch (location.type) {
    case 'integration':
      return { type: 'integration', integration: location.integration };
    case 'attendeeAddress':
      return { type: 'attendeeAddress', address: answer.trim() };
    case 'attendeePhone':
      return { type: 'attendeePhone', phone: answer.replace(/[\s()-]/g, '') };
    case 'attendeeDefined':
      return { type: 'attendeeDefined', location: answer.trim() };
    case 'address':
    case 'link':
    case 'phone':
      return { type: location.type };
  }
}
