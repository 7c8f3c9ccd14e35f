import type { BookingOutput, PublicEventType, PublicProfile } from '@kairos/contracts';
import type { SlotEntry } from '../api/public-api';
import { en } from '../i18n/en';
import { formatLongDate, formatTime } from '../time/format';
import { Avatar } from './avatar';
import { DurationChoice, TimeZoneSelect } from './booker-controls';
import { locationLabel } from './location-label';

export interface EventDetailsProps {
  eventType: PublicEventType;
  profile: PublicProfile;
  duration: number;
  onDuration: ((minutes: number) => void) | null;
  timeZone: string;
  onTimeZone: (zone: string) => void;
  hour12: boolean;
  selected: SlotEntry | null;
  reschedule: BookingOutput | null;
}

const timeRange = (start: string, minutes: number, zone: string, hour12: boolean) =>
  `${formatTime(start, zone, hour12)} – ${formatTime(Date.parse(start) + minutes * 60_000, zone, hour12)}`;

/** The left column: who, what, how long, where, and the visitor's time zone. */
export function EventDetails(props: EventDetailsProps) {
  const { eventType, profile, timeZone, hour12 } = props;
  const durations = eventType.lengthInMinutesOptions?.length
    ? eventType.lengthInMinutesOptions
    : null;
  const hostNames = eventType.hosts.map((host) => host.name).join(', ') || profile.name;
  return (
    <aside className="details">
      <Avatar name={profile.name} logoUrl={profile.appearance.logoUrl} />
      <p className="details-host">{hostNames}</p>
      <h1 className="details-title">{eventType.title}</h1>
      {props.reschedule ? (
        <p className="details-former">
          <span className="muted">{en.details.reschedulingFrom}: </span>
          <s>
            {formatLongDate(props.reschedule.start, timeZone)},{' '}
            {timeRange(props.reschedule.start, props.reschedule.duration, timeZone, hour12)}
          </s>
        </p>
      ) : null}
      {props.selected ? (
        <p className="details-selected">
          <strong>{formatLongDate(props.selected.start, timeZone)}</strong>
          <br />
          {timeRange(props.selected.start, props.duration, timeZone, hour12)}
        </p>
      ) : null}
      <dl className="details-list">
        <dt>{en.details.duration}</dt>
        <dd>
          {durations && props.onDuration ? (
            <DurationChoice
              options={durations}
              value={props.duration}
              onChange={props.onDuration}
            />
          ) : (
            en.profile.minutes(props.duration)
          )}
        </dd>
        {eventType.locations.length ? (
          <>
            <dt>{en.details.location}</dt>
            <dd>
              <ul className="plain-list">
                {eventType.locations.map((location, index) => (
                  <li key={index}>{locationLabel(location)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {eventType.recurrence ? (
        <p className="details-note">
          {en.details.recurring(
            en.frequency[eventType.recurrence.frequency](eventType.recurrence.interval),
            eventType.recurrence.occurrences,
          )}
        </p>
      ) : null}
      {eventType.seats ? (
        <p className="details-note">{en.details.seats(eventType.seats.seatsPerTimeSlot)}</p>
      ) : null}
      {eventType.requiresConfirmation ? (
        <p className="details-note">{en.details.requiresConfirmation}</p>
      ) : null}
      {eventType.description ? (
        <p className="details-description">{eventType.description}</p>
      ) : null}
      <TimeZoneSelect value={timeZone} onChange={props.onTimeZone} />
    </aside>
  );
}
