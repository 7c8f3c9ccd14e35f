import type { EventTypeOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { paths } from '../routes';
import { useSession } from '../session';
import { t } from '../strings';
import { FormStatus, NumberField, TextField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import {
  AppLink,
  ConfirmButton,
  CopyButton,
  LoadFailed,
  Loading,
  PageHeader,
  ToggleButton,
} from '../ui/widgets';

/** "Intro call!" -> "intro-call". */
export function slugFrom(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

export const bookingLink = (username: string, slug: string) =>
  `${location.origin}/${encodeURIComponent(username)}/${encodeURIComponent(slug)}`;

export function EventTypesPage() {
  const { state, reload, set } = useLoad('event-types', () =>
    api.get<EventTypeOutput[]>('/v2/event-types?sortCreatedAt=asc'),
  );
  const [isCreating, setIsCreating] = useState(false);
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={t.eventTypes.title}
        intro={t.eventTypes.intro}
        actions={
          <ToggleButton open={isCreating} onToggle={setIsCreating} label={t.eventTypes.new} />
        }
      />
      {isCreating ? <CreateEventType onCancel={() => setIsCreating(false)} /> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
      {state.status === 'done' ? (
        <EventTypeList
          eventTypes={state.data}
          onChange={(changed) => set(changed)}
          onReload={reload}
        />
      ) : null}
    </section>
  );
}

function CreateEventType({ onCancel }: { onCancel: () => void }) {
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState<string | null>(null);
  const [length, setLength] = useState<number | null>(30);
  const action = useAction(t.common.network);
  const shownSlug = slug ?? slugFrom(title);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { title, slug: shownSlug, lengthInMinutes: length };
    const created = await action.run(() => api.post<EventTypeOutput>('/v2/event-types', body));
    if (created) navigate(paths.eventType(created.id));
  };

  return (
    <form className="d-card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t.eventTypes.newTitle}</h2>
      <div className="d-grid">
        <TextField
          label={t.eventTypes.fields.title}
          name="title"
          required
          value={title}
          onChange={setTitle}
          error={action.fieldErrors.title}
        />
        <TextField
          label={t.eventTypes.fields.slug}
          name="slug"
          required
          value={shownSlug}
          onChange={setSlug}
          error={action.fieldErrors.slug}
        />
        <NumberField
          label={t.eventTypes.fields.lengthInMinutes}
          name="lengthInMinutes"
          min={1}
          max={1440}
          value={length}
          onChange={setLength}
          error={action.fieldErrors.lengthInMinutes}
        />
      </div>
      <FormStatus error={action.error} done={null} />
      <div className="d-actions">
        <button type="submit" className="button" disabled={action.isBusy}>
          {t.eventTypes.create}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

function EventTypeList(props: {
  eventTypes: EventTypeOutput[];
  onChange: (eventTypes: EventTypeOutput[]) => void;
  onReload: () => void;
}) {
  const { session } = useSession();
  const action = useAction(t.common.network);
  const { username } = session.user;

  const setHidden = async (eventType: EventTypeOutput, hidden: boolean) => {
    const updated = await action.run(
      () => api.patch<EventTypeOutput>(`/v2/event-types/${eventType.id}`, { hidden }),
      hidden ? t.eventTypes.hiddenNow(eventType.title) : t.eventTypes.shownNow(eventType.title),
    );
    if (updated) props.onChange(props.eventTypes.map((e) => (e.id === updated.id ? updated : e)));
  };
  const remove = async (eventType: EventTypeOutput) => {
    const deleted = await action.run(
      () => api.delete(`/v2/event-types/${eventType.id}`),
      t.eventTypes.deleted(eventType.title),
    );
    if (deleted) props.onChange(props.eventTypes.filter((e) => e.id !== eventType.id));
  };

  if (props.eventTypes.length === 0) {
    return <p className="d-empty">{t.eventTypes.none}</p>;
  }
  return (
    <>
      <FormStatus error={action.error} done={action.done} />
      <ul className="d-list" aria-label={t.eventTypes.title}>
        {props.eventTypes.map((eventType) => {
          const link = bookingLink(username, eventType.slug);
          return (
            <li key={eventType.id} className="d-list-item">
              <div className="d-list-main">
                <h2 className="d-list-title">
                  <AppLink href={paths.eventType(eventType.id)}>{eventType.title}</AppLink>
                </h2>
                <p className="d-muted">
                  /{username}/{eventType.slug} · {t.common.minutes(eventType.lengthInMinutes)}
                </p>
                <p className="d-badges">
                  {eventType.hidden ? <span className="d-badge">{t.eventTypes.hidden}</span> : null}
                  {eventType.confirmationPolicy ? (
                    <span className="d-badge">{t.eventTypes.requiresConfirmation}</span>
                  ) : null}
                  {eventType.seats ? (
                    <span className="d-badge">
                      {t.eventTypes.seats(eventType.seats.seatsPerTimeSlot)}
                    </span>
                  ) : null}
                  {eventType.recurrence ? (
                    <span className="d-badge">{t.eventTypes.recurring}</span>
                  ) : null}
                </p>
              </div>
              <div className="d-actions">
                <a className="button button-secondary" href={link} target="_blank" rel="noreferrer">
                  {t.eventTypes.preview}
                  <span className="visually-hidden"> {eventType.title}</span>
                </a>
                <CopyButton text={link} label={t.eventTypes.copyLink} />
                <button
                  type="button"
                  className="button button-secondary"
                  aria-pressed={eventType.hidden}
                  onClick={() => void setHidden(eventType, !eventType.hidden)}
                >
                  {eventType.hidden ? t.eventTypes.show : t.eventTypes.hide}
                  <span className="visually-hidden"> {eventType.title}</span>
                </button>
                <ConfirmButton
                  question={t.eventTypes.confirmDelete(eventType.title)}
                  onConfirm={() => void remove(eventType)}
                >
                  {t.common.delete}
                  <span className="visually-hidden"> {eventType.title}</span>
                </ConfirmButton>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
