import type { BookingOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { api, query } from '../api';
import { t } from '../strings';
import { FormStatus, TextField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { Loading, LoadFailed, PageHeader, Tabs } from '../ui/widgets';
import { BookingItem } from './booking-item';

const b = t.bookings;
const statuses = ['upcoming', 'unconfirmed', 'past', 'cancelled'] as const;
type Status = (typeof statuses)[number];
const PAGE = 20;

function searchParams(text: string) {
  const term = text.trim();
  if (term === '') return {};
  return term.includes('@') ? { attendeeEmail: term } : { attendeeName: term };
}

export function BookingsPage() {
  const initial = new URLSearchParams(location.search).get('status');
  const [status, setStatus] = useState<Status>(
    (statuses as readonly string[]).includes(initial ?? '') ? (initial as Status) : 'upcoming',
  );
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const [count, setCount] = useState(PAGE);
  const action = useAction(t.common.network);

  const choose = (next: string) => {
    setStatus(next as Status);
    setCount(PAGE);
    history.replaceState(null, '', `${location.pathname}?status=${next}`);
  };
  const { state, reload, set } = useLoad(`bookings:${status}:${applied}`, () =>
    api.page<BookingOutput[]>(
      `/v2/bookings${query({
        status,
        sortStart: status === 'past' || status === 'cancelled' ? 'desc' : 'asc',
        take: count,
        ...searchParams(applied),
      })}`,
    ),
  );
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setApplied(search);
    setCount(PAGE);
  };
  const replace = (updated: BookingOutput) => {
    if (state.status !== 'done') return;
    set({
      ...state.data,
      data: state.data.data.map((x) => (x.uid === updated.uid ? updated : x)),
    });
  };

  const list = state.status === 'done' ? state.data.data : [];
  const hasMore =
    state.status === 'done' &&
    (state.data.pagination?.hasNextPage ?? state.data.data.length >= count);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={b.title} intro={b.intro} />
      <form className="d-search" role="search" onSubmit={submitSearch}>
        <TextField
          label={b.search}
          type="text"
          name="q"
          value={search}
          onChange={setSearch}
          hint={b.searchHint}
        />
        <button type="submit" className="button button-secondary">
          {b.searchButton}
        </button>
        {applied ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSearch('');
              setApplied('');
            }}
          >
            {b.clearSearch}
          </button>
        ) : null}
      </form>
      <Tabs
        label={b.tabsLabel}
        idPrefix="bookings"
        tabs={statuses.map((id) => ({ id, label: b.tabs[id] }))}
        selected={status}
        onSelect={choose}
      />
      <div
        id="bookings-panel"
        role="tabpanel"
        aria-labelledby={`bookings-tab-${status}`}
        tabIndex={0}
      >
        <FormStatus error={action.error} done={action.done} />
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
        {state.status === 'done' && list.length === 0 ? (
          <p className="d-empty">{applied ? b.noMatches : b.none[status]}</p>
        ) : null}
        {list.length > 0 ? (
          <ul className="d-list" aria-label={b.tabs[status]}>
            {list.map((booking) => (
              <BookingItem
                key={booking.uid}
                booking={booking}
                tab={status}
                action={action}
                onChanged={(updated) => (updated ? replace(updated) : reload())}
              />
            ))}
          </ul>
        ) : null}
        {hasMore ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setCount((n) => n + PAGE);
              reload();
            }}
          >
            {b.more}
          </button>
        ) : null}
      </div>
    </section>
  );
}
