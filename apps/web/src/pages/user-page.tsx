import type { PublicEventTypeSummary } from '@kairos/contracts';
import { fetchProfilePage, preloaded, type Owner } from '../api/public-api';
import { useEmbed } from '../app/embed-context';
import { Link } from '../app/link';
import { PageFrame } from '../app/page-frame';
import { pageHref } from '../app/router';
import { FailedView, LoadingView } from '../app/status-views';
import { useAsync } from '../app/use-async';
import { Avatar } from '../booker/avatar';
import { en } from '../i18n/en';

function EventTypeBadges({ eventType }: { eventType: PublicEventTypeSummary }) {
  const lengths = eventType.lengthInMinutesOptions?.length
    ? eventType.lengthInMinutesOptions
    : [eventType.lengthInMinutes];
  return (
    <ul className="badges">
      {lengths.map((minutes) => (
        <li key={minutes} className="badge">
          {en.profile.minutes(minutes)}
        </li>
      ))}
      {eventType.seats ? (
        <li className="badge">{en.profile.seats(eventType.seats.seatsPerTimeSlot)}</li>
      ) : null}
      {eventType.recurrence ? <li className="badge">{en.profile.repeats}</li> : null}
      {eventType.requiresConfirmation ? (
        <li className="badge">{en.profile.requiresConfirmation}</li>
      ) : null}
    </ul>
  );
}

/** `/{username}` and `/team/{teamSlug}`: who they are and what can be booked with them. */
export function UserPage({ owner }: { owner: Owner }) {
  const [state, reload] = useAsync(
    JSON.stringify(owner),
    () => fetchProfilePage(owner),
    () => preloaded.profile(owner),
  );
  const { isEmbed } = useEmbed();
  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'failed') return <FailedView error={state.error} retry={reload} />;
  const { profile, eventTypes } = state.data;
  return (
    <PageFrame appearance={profile.appearance}>
      <section className="profile">
        <Avatar name={profile.name} logoUrl={profile.appearance.logoUrl} />
        <h1>{profile.name}</h1>
      </section>
      <h2 className="visually-hidden">{en.profile.eventTypesHeading}</h2>
      {eventTypes.length === 0 ? (
        <p className="muted centered">{en.profile.none}</p>
      ) : (
        <ul className="event-type-list">
          {eventTypes.map((eventType) => (
            <li key={eventType.id}>
              <Link
                className="event-type-link"
                href={pageHref(`${profile.bookingPath}/${eventType.slug}`, {}, isEmbed)}
              >
                <span className="event-type-title">{eventType.title}</span>
                {eventType.description ? (
                  <span className="event-type-description">{eventType.description}</span>
                ) : null}
                <EventTypeBadges eventType={eventType} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </PageFrame>
  );
}
