import type { CreateWebhookInput } from '@kairos/contracts';
import { t } from '../strings';

type Trigger = NonNullable<CreateWebhookInput['triggers']>[number];

/** The triggers offered first (bookings and meetings), then the rest of Cal.com's list. */
export const mainTriggers = [
  'BOOKING_CREATED',
  'BOOKING_REQUESTED',
  'BOOKING_RESCHEDULED',
  'BOOKING_CANCELLED',
  'BOOKING_REJECTED',
  'BOOKING_NO_SHOW_UPDATED',
  'MEETING_STARTED',
  'MEETING_ENDED',
  'OOO_CREATED',
] as const satisfies readonly Trigger[];

export const otherTriggers = [
  'BOOKING_PAID',
  'BOOKING_NO_SHOW',
  'BOOKING_PAYMENT_INITIATED',
  'RECORDING_READY',
  'RECORDING_TRANSCRIPTION_GENERATED',
  'FORM_SUBMITTED',
  'FORM_SUBMITTED_NO_EVENT',
  'ROUTING_FORM_FALLBACK_HIT',
  'INSTANT_MEETING',
  'INSTANT_MEETING_ACCEPTED',
  'AFTER_HOSTS_CAL_VIDEO_NO_SHOW',
  'AFTER_GUESTS_CAL_VIDEO_NO_SHOW',
  'WRONG_ASSIGNMENT_REPORT',
  'CALENDAR_ENTRY_REJECTED',
  'DELEGATION_CREDENTIAL_ERROR',
] as const satisfies readonly Trigger[];

const names: Record<string, string> = t.webhooks.triggerNames;

/** A trigger for people: its name in the strings, else BOOKING_PAID -> "Booking paid". */
export const triggerLabel = (trigger: string): string => {
  const named = names[trigger];
  if (named) return named;
  const words = trigger.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
