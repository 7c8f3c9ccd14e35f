import type { EventTypeOutput, ScheduleOutput } from '@kairos/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import { paths } from '../routes';
import { useSession } from '../session';
import { t } from '../strings';
import { FormStatus } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, CopyButton, Loading, LoadFailed, PageHeader } from '../ui/widgets';
import { BasicsSection } from './basics-section';
import { BookingFieldsEditor } from './booking-fields-editor';
import { draftFrom, type Draft } from './event-type-draft';
import { bookingLink } from './event-types-page';
import { LimitsSection } from './limits-section';
import { LocationsEditor } from './locations-editor';
import { OptionsSection } from './options-section';
import { TimingSection } from './timing-section';

export function EventTypeEditor({ id }: { id: number }) {
  const { state, reload } = useLoad(`event-type:${id}`, async () => ({
    eventType: await api.get<EventTypeOutput>(`/v2/event-types/${id}`),
    schedules: await api.get<ScheduleOutput[]>('/v2/schedules'),
  }));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailed error={state.error} retry={reload} />;
  return <Editor eventType={state.data.eventType} schedules={state.data.schedules} />;
}

function Editor(props: { eventType: EventTypeOutput; schedules: ScheduleOutput[] }) {
  const { session } = useSession();
  const [saved, setSaved] = useState(props.eventType);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(props.eventType));
  const [isDirty, setIsDirty] = useState(false);
  const action = useAction(t.common.network);
  const update = (changes: Partial<Draft>) => {
    setDraft((previous) => ({ ...previous, ...changes }));
    setIsDirty(true);
  };

  useEffect(() => {
    document.title = `${saved.title} · ${t.productName}`;
  }, [saved.title]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(
      () => api.patch<EventTypeOutput>(`/v2/event-types/${saved.id}`, draft),
      t.common.saved,
    );
    if (result) {
      setSaved(result);
      setDraft(draftFrom(result));
      setIsDirty(false);
    }
  };

  const link = bookingLink(session.user.username, saved.slug);
  const sectionProps = { draft, update, errors: action.fieldErrors };
  return (
    <section aria-labelledby="page-title">
      <p>
        <AppLink href={paths.eventTypes}>{t.eventTypes.back}</AppLink>
      </p>
      <PageHeader
        title={saved.title}
        intro={`/${session.user.username}/${saved.slug}`}
        actions={
          <>
            <a className="button button-secondary" href={link} target="_blank" rel="noreferrer">
              {t.eventTypes.preview}
            </a>
            <CopyButton text={link} label={t.eventTypes.copyLink} />
          </>
        }
      />
      <form className="d-editor" onSubmit={(event) => void save(event)} noValidate>
        <BasicsSection {...sectionProps} />
        <TimingSection {...sectionProps} schedules={props.schedules} />
        <LimitsSection {...sectionProps} />
        <OptionsSection {...sectionProps} />
        <LocationsEditor {...sectionProps} />
        <BookingFieldsEditor {...sectionProps} />
        <div className="d-savebar">
          <FormStatus error={action.error} done={isDirty ? null : action.done} />
          {isDirty ? <span className="d-muted">{t.common.unsaved}</span> : null}
          <button type="submit" className="button" disabled={action.isBusy}>
            {t.common.save}
          </button>
        </div>
      </form>
    </section>
  );
}
