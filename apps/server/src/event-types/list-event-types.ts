import { AppError, type ListEventTypesQuery } from '@kairos/contracts';
import {
  listEventTypesOfOwner,
  listEventTypesOfUsername,
  type Db,
  type EventTypeRecord,
} from '@kairos/db';
import type { Caller } from '../auth/caller';

/**
 * `?username=` lists that user's event types to anyone, hidden ones left out unless `eventSlug`
 * names one (hidden means unlisted, still bookable by link, as in Cal.com); an unknown username
 * gives an empty list. Without a username: the caller's own, hidden ones included.
 */
export async function listEventTypes(
  db: Db,
  caller: Caller | null,
  query: ListEventTypesQuery,
): Promise<EventTypeRecord[]> {
  const slug = query.eventSlug;
  const options = { slug, newestFirst: query.sortCreatedAt === 'desc' };
  if (query.username !== undefined) {
    const includeHidden = slug !== undefined;
    return listEventTypesOfUsername(db, query.username, { ...options, includeHidden });
  }
  if (!caller) {
    throw new AppError(
      'UNAUTHORIZED',
      'Send an API key as "Authorization: Bearer cal_...", or ?username= for public event types',
    );
  }
  return listEventTypesOfOwner(db, caller.user.id, { ...options, includeHidden: true });
}
