import type { OutOfOfficeReason } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useSession } from '../session';
import { t } from '../strings';
import { FormStatus, NumberField, SelectField, TextAreaField, TextField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { ConfirmButton, Loading, LoadFailed } from '../ui/widgets';
import { formatInstant, nextDate, zonedDate, zonedInstant } from '../ui/zoned-time';

const o = t.availability.ooo;
const reasons: OutOfOfficeReason[] = [
  'unspecified',
  'vacation',
  'travel',
  'sick',
  'public_holiday',
];

interface Entry {
  id: number;
  start: string;
  end: string;
  reason: OutOfOfficeReason;
  notes: string | null;
  toUserId: number | null;
}

/** Out-of-office entries: whole days in the account's zone, from the first to the last day. */
export function OutOfOffice() {
  const { session } = useSession();
  const zone = session.user.timeZone;
  const hour12 = session.user.timeFormat === 12;
  const { state, reload } = useLoad('ooo', () => api.get<Entry[]>('/v2/me/ooo'));
  const today = zonedDate(new Date(), zone);
  const [first, setFirst] = useState(today);
  const [last, setLast] = useState(today);
  const [reason, setReason] = useState<OutOfOfficeReason>('vacation');
  const [notes, setNotes] = useState('');
  const [toUserId, setToUserId] = useState<number | null>(null);
  const action = useAction(t.common.network);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      start: zonedInstant(first, '00:00', zone).toISOString(),
      end: zonedInstant(nextDate(last), '00:00', zone).toISOString(),
      reason,
      notes: notes.trim() === '' ? null : notes,
      toUserId,
    };
    const created = await action.run(() => api.post('/v2/me/ooo', body), o.added);
    if (created) {
      setNotes('');
      reload();
    }
  };
  const remove = async (entry: Entry) => {
    if (await action.run(() => api.delete(`/v2/me/ooo/${entry.id}`), o.removed)) reload();
  };

  return (
    <section className="d-section" aria-labelledby="ooo-title">
      <h2 id="ooo-title">{o.title}</h2>
      <p className="d-muted">{o.intro(zone)}</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
      {state.status === 'done' && state.data.length > 0 ? (
        <ul className="d-list" aria-label={o.title}>
          {state.data.map((entry) => (
            <li key={entry.id} className="d-list-item">
              <div className="d-list-main">
                <p>
                  {formatInstant(entry.start, zone, hour12)} →{' '}
                  {formatInstant(entry.end, zone, hour12)}
                </p>
                <p className="d-muted">
                  {o.reasons[entry.reason]}
                  {entry.notes ? ` · ${entry.notes}` : ''}
                  {entry.toUserId ? ` · ${o.redirectedTo(entry.toUserId)}` : ''}
                </p>
              </div>
              <ConfirmButton question={o.confirmRemove} onConfirm={() => void remove(entry)}>
                {o.remove}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      ) : null}
      {state.status === 'done' && state.data.length === 0 ? (
        <p className="d-empty">{o.none}</p>
      ) : null}
      <form className="d-card" onSubmit={(event) => void submit(event)} noValidate>
        <h3>{o.add}</h3>
        <div className="d-grid">
          <TextField
            label={o.first}
            type="date"
            value={first}
            onChange={setFirst}
            error={action.fieldErrors.start}
          />
          <TextField
            label={o.last}
            type="date"
            value={last}
            onChange={setLast}
            error={action.fieldErrors.end}
          />
          <SelectField
            label={o.reason}
            value={reason}
            options={reasons.map((value) => ({ value, label: o.reasons[value] }))}
            onChange={(value) => setReason(value as OutOfOfficeReason)}
          />
          <NumberField
            label={o.toUserId}
            hint={o.toUserIdHint}
            min={1}
            value={toUserId}
            onChange={setToUserId}
            error={action.fieldErrors.toUserId}
          />
        </div>
        <TextAreaField
          label={o.notes}
          value={notes}
          onChange={setNotes}
          error={action.fieldErrors.notes}
        />
        <FormStatus error={action.error} done={action.done} />
        <button type="submit" className="button" disabled={action.isBusy}>
          {o.save}
        </button>
      </form>
    </section>
  );
}
