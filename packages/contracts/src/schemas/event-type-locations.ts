import { z } from 'zod';

/** Conferencing apps a location of type `integration` may name (Cal.com's list). */
export const locationIntegrations = [
  'cal-video',
  'google-meet',
  'zoom',
  'whereby-video',
  'whatsapp-video',
  'webex-video',
  'telegram-video',
  'tandem',
  'sylaps-video',
  'skype-video',
  'sirius-video',
  'signal-video',
  'shimmer-video',
  'salesroom-video',
  'roam-video',
  'riverside-video',
  'ping-video',
  'office365-video',
  'mirotalk-video',
  'jitsi',
  'jelly-video',
  'jelly-conferencing',
  'huddle',
  'facetime-video',
  'element-call-video',
  'eightxeight-video',
  'discord-video',
  'demodesk-video',
  'campfire-video',
] as const;

/** An http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'Must be an http or https URL' });

const isPublic = z.boolean().describe('Shown on the booking page before booking');

/**
 * Where the meeting happens, as Cal.com's API v2 writes it: the organizer's address, link or phone,
 * a conferencing integration, or something the attendee gives when booking.
 */
export const eventTypeLocation = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('address'),
    address: z.string().trim().min(1).max(500),
    public: isPublic,
  }),
  z.object({ type: z.literal('link'), link: httpUrl.max(2048), public: isPublic }),
  z.object({ type: z.literal('integration'), integration: z.enum(locationIntegrations) }),
  z.object({
    type: z.literal('phone'),
    phone: z.string().regex(/^\+[1-9]\d{6,14}$/, 'Must be an E.164 number such as "+37120993151"'),
    public: isPublic,
  }),
  z.object({ type: z.literal('attendeeAddress') }),
  z.object({ type: z.literal('attendeePhone') }),
  z.object({ type: z.literal('attendeeDefined') }),
]);

/** Cal Video, when an event type names no location. */
export const defaultLocations: Array<z.output<typeof eventTypeLocation>> = [
  { type: 'integration', integration: 'cal-video' },
];

/** At least one location. */
export const eventTypeLocations = z
  .array(eventTypeLocation)
  .min(1, 'Give at least one location')
  .max(20);

export type EventTypeLocation = z.output<typeof eventTypeLocation>;
