import type { ScheduleOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { paths } from '../routes';
import { useSession } from '../session';
import { t } from '../strings';
import { CheckboxField, FormStatus, SelectField, TextField } from '../ui/form';
import { timeZoneOptions } from '../ui/time-zones';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, LoadFailed, Loading, PageHeader, ToggleButton } from '../ui/widgets';
import { OutOfOffice } from './out-of-office';
import { summarize } from './weekly-hours';

export function AvailabilityPage() {
  const { state, reload } = useLoad('schedules', () => api.get<ScheduleOutput[]>('/v2/schedules'));
  const [isCreating, setIsCreating] = useState(false);
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={t.availability.title}
        intro={t.availability.intro}
        actions={
          <ToggleButton open={isCreating} onToggle={setIsCreating} label={t.availability.new} />
        }
      />
      {isCreating ? <CreateSchedule onCancel={() => setIsCreating(false)} /> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
      {state.status === 'done' ? (
        state.data.length === 0 ? (
          <p className="d-empty">{t.availability.none}</p>
        ) : (
          <ul className="d-list" aria-label={t.availability.schedules}>
            {state.data.map((schedule) => (
              <li key={schedule.id} className="d-list-item">
                <div className="d-list-main">
                  <h2 className="d-list-title">
                    <AppLink href={paths.schedule(schedule.id)}>{schedule.name}</AppLink>
                  </h2>
                  <p className="d-muted">
                    {summarize(schedule.availability)} · {schedule.timeZone}
                  </p>
                  {schedule.isDefault ? (
                    <p className="d-badges">
                      <span className="d-badge">{t.availability.default}</span>
                    </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <OutOfOffice />
    </section>
  );
}

function CreateSchedule({ onCancel }: { onCancel: () => void }) {
  const { session } = useSession();
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(session.user.timeZone);
  const [isDefault, setIsDefault] = useState(false);
  const action = useAction(t.common.network);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run(() =>
      api.post<ScheduleOutput>('/v2/schedules', { name, timeZone, isDefault }),
    );
    if (created) navigate(paths.schedule(created.id));
  };
  return (
    <form className="d-card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t.availability.newTitle}</h2>
      <div className="d-grid">
        <TextField
          label={t.availability.name}
          name="name"
          value={name}
          onChange={setName}
          error={action.fieldErrors.name}
        />
        <SelectField
          label={t.availability.timeZone}
          name="timeZone"
          value={timeZone}
          options={timeZoneOptions(timeZone)}
          onChange={setTimeZone}
          error={action.fieldErrors.timeZone}
        />
      </div>
      <CheckboxField
        label={t.availability.makeDefault}
        checked={isDefault}
        onChange={setIsDefault}
      />
      <p className="d-muted">{t.availability.startsWith}</p>
      <FormStatus error={action.error} done={null} />
      <div className="d-actions">
        <button type="submit" className="button" disabled={action.isBusy}>
          {t.availability.create}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
