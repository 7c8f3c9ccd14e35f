import type { ScheduleOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { paths } from '../routes';
import { t } from '../strings';
import { CheckboxField, FormStatus, SelectField, TextField } from '../ui/form';
import { timeZoneOptions } from '../ui/time-zones';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, ConfirmButton, Loading, LoadFailed, PageHeader } from '../ui/widgets';
import { zonedDate } from '../ui/zoned-time';
import { OverridesEditor } from './overrides-editor';
import { WeeklyEditor } from './weekly-editor';
import { rulesFrom, weekHoursFrom } from './weekly-hours';

const a = t.availability;

export function ScheduleEditor({ id }: { id: number }) {
  const { state, reload } = useLoad(`schedule:${id}`, () =>
    api.get<ScheduleOutput>(`/v2/schedules/${id}`),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailed error={state.error} retry={reload} />;
  return <Editor schedule={state.data} />;
}

function Editor(props: { schedule: ScheduleOutput }) {
  const [saved, setSaved] = useState(props.schedule);
  const [name, setName] = useState(saved.name);
  const [timeZone, setTimeZone] = useState(saved.timeZone);
  const [makeDefault, setMakeDefault] = useState(false);
  const [hours, setHours] = useState(() => weekHoursFrom(saved.availability));
  const [overrides, setOverrides] = useState(saved.overrides);
  const action = useAction(t.common.network);
  const removal = useAction(t.common.network);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name,
      timeZone,
      availability: rulesFrom(hours),
      overrides,
      ...(makeDefault ? { isDefault: true } : {}),
    };
    const result = await action.run(
      () => api.patch<ScheduleOutput>(`/v2/schedules/${saved.id}`, body),
      t.common.saved,
    );
    if (result) {
      setSaved(result);
      setMakeDefault(false);
    }
  };
  const remove = async () => {
    const done = await removal.run(() => api.delete(`/v2/schedules/${saved.id}`));
    if (done) navigate(paths.availability);
  };

  return (
    <section aria-labelledby="page-title">
      <p>
        <AppLink href={paths.availability}>{a.back}</AppLink>
      </p>
      <PageHeader
        title={saved.name}
        intro={saved.isDefault ? a.isDefaultIntro : undefined}
        actions={
          <ConfirmButton question={a.confirmDelete(saved.name)} onConfirm={() => void remove()}>
            {a.delete}
          </ConfirmButton>
        }
      />
      <FormStatus error={removal.error} done={null} />
      <form className="d-editor" onSubmit={(event) => void save(event)} noValidate>
        <fieldset className="d-section">
          <legend>{a.settings}</legend>
          <div className="d-grid">
            <TextField
              label={a.name}
              name="name"
              value={name}
              onChange={setName}
              error={action.fieldErrors.name}
            />
            <SelectField
              label={a.timeZone}
              name="timeZone"
              value={timeZone}
              options={timeZoneOptions(timeZone)}
              onChange={setTimeZone}
              error={action.fieldErrors.timeZone}
            />
          </div>
          {saved.isDefault ? null : (
            <CheckboxField
              label={a.makeDefault}
              checked={makeDefault}
              onChange={setMakeDefault}
              error={action.fieldErrors.isDefault}
            />
          )}
        </fieldset>
        <WeeklyEditor
          hours={hours}
          onChange={setHours}
          error={
            Object.entries(action.fieldErrors).find(([k]) => k.startsWith('availability'))?.[1]
          }
        />
        <OverridesEditor
          overrides={overrides}
          onChange={setOverrides}
          today={zonedDate(new Date(), timeZone)}
          errors={action.fieldErrors}
        />
        <div className="d-savebar">
          <FormStatus error={action.error} done={action.done} />
          <button type="submit" className="button" disabled={action.isBusy}>
            {t.common.save}
          </button>
        </div>
      </form>
    </section>
  );
}
