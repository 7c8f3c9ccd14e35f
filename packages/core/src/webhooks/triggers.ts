/**
 * Webhook triggers: the PRD's ten (section 3.9) and every name of Cal.com's
 * `WebhookTriggerEvents` enum (compatibility reference 2.1), so a subscription written for either
 * is accepted. Triggers whose source does not exist yet are accepted and fire when it lands.
 */
export const WEBHOOK_TRIGGERS = [
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
  'ROUTING_FORM_FALLBACK_HIT',
  'INSTANT_MEETING_ACCEPTED',
  'WRONG_ASSIGNMENT_REPORT',
  'CALENDAR_ENTRY_REJECTED',
  'DELEGATION_CREDENTIAL_ERROR',
] as const;

export type WebhookTrigger = (typeof WEBHOOK_TRIGGERS)[number];

/** Triggers that fire at a booking's start or end rather than when something is written. */
export const MEETING_TRIGGERS = ['MEETING_STARTED', 'MEETING_ENDED'] as const;
export type MeetingTrigger = (typeof MEETING_TRIGGERS)[number];

/** The kinds of booking outbox rows (`booking_events.type`). */
export type BookingEventKind =
  | 'BOOKING_CREATED'
  | 'BOOKING_REQUESTED'
  | 'BOOKING_RESCHEDULED'
  | 'BOOKING_CANCELLED'
  | 'BOOKING_CONFIRMED'
  | 'BOOKING_REJECTED'
  | 'BOOKING_NO_SHOW_UPDATED';

/** What a booking outbox row means for webhooks. */
export interface BookingEventEffect {
  /** Triggers sent now. */
  triggers: WebhookTrigger[];
  /** Whether the booking's MEETING_STARTED/ENDED deliveries are scheduled (it is now accepted). */
  schedulesMeetings: boolean;
  /** Whether scheduled meeting deliveries of the booking are dropped (it will not take place). */
  dropsMeetings: boolean;
  /** A reschedule: the booking it replaced (`rescheduledFromUid`) will not take place. */
  dropsPreviousMeetings: boolean;
}

/** Fields of a booking outbox payload that change its meaning. */
export interface BookingEventFacts {
  /** The booking's status after the event ('accepted', 'pending', ...). */
  status?: string | undefined;
  /** Set when one seat of a seated booking was taken or given up, not the whole booking. */
  seatUid?: string | undefined;
  /** A booking made with `instant: true`: a meeting starting now. */
  isInstant?: boolean | undefined;
  /** No-show updates: who was marked absent (true) or present (false). */
  hostAbsent?: boolean | undefined;
  attendeesAbsent?: readonly boolean[] | undefined;
}

/**
 * The webhook triggers and meeting scheduling a booking outbox row causes. A confirmation is
 * Cal.com's BOOKING_CREATED (the booking now exists for real); a no-show update is both Cal.com's
 * BOOKING_NO_SHOW_UPDATED and, when someone was marked absent, the PRD's BOOKING_NO_SHOW; an
 * instant booking is also Cal.com's INSTANT_MEETING.
 * @example bookingEventEffect('BOOKING_CONFIRMED', {}) // { triggers: ['BOOKING_CREATED'], schedulesMeetings: true, ... }
 */
export function bookingEventEffect(
  kind: BookingEventKind,
  facts: BookingEventFacts,
): BookingEventEffect {
  const isSeat = facts.seatUid !== undefined;
  switch (kind) {
    case 'BOOKING_CREATED':
      return effect(
        facts.isInstant ? ['BOOKING_CREATED', 'INSTANT_MEETING'] : ['BOOKING_CREATED'],
        {
          schedules: true,
        },
      );
    case 'BOOKING_CONFIRMED':
      return effect(['BOOKING_CREATED'], { schedules: true });
    case 'BOOKING_REQUESTED':
      return effect(['BOOKING_REQUESTED']);
    case 'BOOKING_RESCHEDULED':
      return effect(['BOOKING_RESCHEDULED'], {
        schedules: facts.status === undefined || facts.status === 'accepted',
        dropsPrevious: true,
      });
    case 'BOOKING_CANCELLED':
      return effect(['BOOKING_CANCELLED'], { drops: !isSeat });
    case 'BOOKING_REJECTED':
      return effect(['BOOKING_REJECTED'], { drops: true });
    case 'BOOKING_NO_SHOW_UPDATED': {
      const anyAbsent = facts.hostAbsent === true || (facts.attendeesAbsent ?? []).includes(true);
      return effect(
        anyAbsent ? ['BOOKING_NO_SHOW_UPDATED', 'BOOKING_NO_SHOW'] : ['BOOKING_NO_SHOW_UPDATED'],
      );
    }
  }
}

function effect(
  triggers: WebhookTrigger[],
  options: { schedules?: boolean; drops?: boolean; dropsPrevious?: boolean } = {},
): BookingEventEffect {
  return {
    triggers,
    schedulesMeetings: options.schedules ?? false,
    dropsMeetings: options.drops ?? false,
    dropsPreviousMeetings: options.dropsPrevious ?? false,
  };
}
