import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useSession } from '../session';
import { t } from '../strings';
import { FormStatus, NumberField, SelectField, TextField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { ConfirmButton, CopyButton, Loading, LoadFailed, PageHeader } from '../ui/widgets';
import { formatInstant } from '../ui/zoned-time';

const k = t.apiKeys;

interface ApiKey {
  id: number;
  note: string | null;
  prefix: string;
  lastFour: string;
  isTest: boolean;
  expiresAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

export function ApiKeysPage() {
  const { session } = useSession();
  const zone = session.user.timeZone;
  const hour12 = session.user.timeFormat === 12;
  const { state, reload } = useLoad('api-keys', () => api.get<ApiKey[]>('/v2/api-keys'));
  const [note, setNote] = useState('');
  const [mode, setMode] = useState('live');
  const [days, setDays] = useState<number | null>(90);
  const [created, setCreated] = useState<(ApiKey & { key: string }) | null>(null);
  const action = useAction(t.common.network);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...(note.trim() ? { note: note.trim() } : {}),
      mode,
      ...(days === null ? { apiKeyNeverExpires: true } : { apiKeyDaysValid: days }),
    };
    const key = await action.run(() => api.post<ApiKey & { key: string }>('/v2/api-keys', body));
    if (key) {
      setCreated(key);
      setNote('');
      reload();
    }
  };
  const revoke = async (key: ApiKey) => {
    if (await action.run(() => api.delete(`/v2/api-keys/${key.id}`), k.revoked)) reload();
  };
  const when = (iso: string | null, never: string) =>
    iso ? formatInstant(iso, zone, hour12) : never;

  return (
    <section aria-labelledby="page-title">
      <PageHeader title={k.title} intro={k.intro} />
      {created ? (
        <div className="d-card d-secret" role="region" aria-labelledby="new-key-title">
          <h2 id="new-key-title">{k.createdTitle}</h2>
          <p>{k.shownOnce}</p>
          <p>
            <code className="d-code" data-testid="new-api-key">
              {created.key}
            </code>
          </p>
          <div className="d-actions">
            <CopyButton text={created.key} label={k.copy} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setCreated(null)}
            >
              {k.dismiss}
            </button>
          </div>
          <p className="d-muted">{k.usage}</p>
          <pre className="d-code">{`curl -H "Authorization: Bearer ${created.key}" ${location.origin}/v2/me`}</pre>
        </div>
      ) : null}
      <form className="d-card" onSubmit={(event) => void submit(event)} noValidate>
        <h2>{k.new}</h2>
        <div className="d-grid">
          <TextField
            label={k.note}
            name="note"
            value={note}
            onChange={setNote}
            hint={k.noteHint}
            error={action.fieldErrors.note}
          />
          <SelectField
            label={k.mode}
            name="mode"
            value={mode}
            options={[
              { value: 'live', label: k.live },
              { value: 'test', label: k.test },
            ]}
            onChange={setMode}
          />
          <NumberField
            label={k.days}
            name="apiKeyDaysValid"
            min={1}
            max={3650}
            value={days}
            hint={k.daysHint}
            onChange={setDays}
            error={action.fieldErrors.apiKeyDaysValid}
          />
        </div>
        <FormStatus error={action.error} done={action.done} />
        <button type="submit" className="button" disabled={action.isBusy}>
          {k.create}
        </button>
      </form>
      <h2>{k.listTitle}</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
      {state.status === 'done' && state.data.length === 0 ? (
        <p className="d-empty">{k.none}</p>
      ) : null}
      {state.status === 'done' && state.data.length > 0 ? (
        <table className="d-table">
          <caption className="visually-hidden">{k.listTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{k.columns.key}</th>
              <th scope="col">{k.columns.note}</th>
              <th scope="col">{k.columns.created}</th>
              <th scope="col">{k.columns.lastUsed}</th>
              <th scope="col">{k.columns.expires}</th>
              <th scope="col">
                <span className="visually-hidden">{k.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.data.map((key) => (
              <tr key={key.id}>
                <td>
                  <code>
                    {key.prefix}…{key.lastFour}
                  </code>
                  {key.isTest ? <span className="d-badge">{k.test}</span> : null}
                </td>
                <td>{key.note ?? ''}</td>
                <td>{when(key.createdAt, '')}</td>
                <td>{when(key.lastUsedAt, k.neverUsed)}</td>
                <td>{when(key.expiresAt, k.neverExpires)}</td>
                <td>
                  <ConfirmButton
                    question={k.confirmRevoke(key.lastFour)}
                    onConfirm={() => void revoke(key)}
                    aria-label={k.revokeLabel(key.lastFour)}
                  >
                    {k.revoke}
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
