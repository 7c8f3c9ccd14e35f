import type { DeliveryOutput, PingOutput, WebhookOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api, query } from '../api';
import { paths } from '../routes';
import { useSession } from '../session';
import { t } from '../strings';
import { FormStatus, SelectField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, ConfirmButton, Loading, LoadFailed, PageHeader } from '../ui/widgets';
import { formatInstant } from '../ui/zoned-time';
import { triggerLabel } from './triggers';
import { webhookBody, WebhookForm, type WebhookFields } from './webhook-form';
import { SecretOnce } from './webhooks-page';

const w = t.webhooks;
const enc = encodeURIComponent;

export function WebhookPage({ id }: { id: string }) {
  const { state, reload } = useLoad(`webhook:${id}`, () =>
    api.get<WebhookOutput>(`/v2/webhooks/${enc(id)}`),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailed error={state.error} retry={reload} />;
  return <Webhook webhook={state.data} />;
}

const fieldsOf = (webhook: WebhookOutput): WebhookFields => ({
  subscriberUrl: webhook.subscriberUrl,
  triggers: webhook.triggers,
  active: webhook.active,
  payloadTemplate: webhook.payloadTemplate ?? '',
  secret: '',
});

function Webhook(props: { webhook: WebhookOutput }) {
  const [webhook, setWebhook] = useState(props.webhook);
  const [fields, setFields] = useState(() => fieldsOf(props.webhook));
  const [secret, setSecret] = useState<string | null>(null);
  const [logRound, setLogRound] = useState(0);
  const [pingResult, setPingResult] = useState<string | null>(null);
  const action = useAction(t.common.network);
  const path = `/v2/webhooks/${enc(webhook.id)}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await action.run(
      () => api.patch<WebhookOutput>(path, webhookBody(fields)),
      t.common.saved,
    );
    if (updated) {
      setWebhook(updated);
      setSecret(updated.secret ?? null);
      setFields(fieldsOf(updated));
    }
  };
  const setActive = async (active: boolean) => {
    const updated = await action.run(
      () => api.patch<WebhookOutput>(path, { active }),
      active ? w.enabled : w.disabled,
    );
    if (updated) {
      setWebhook(updated);
      setFields({ ...fields, active: updated.active });
    }
  };
  const ping = async () => {
    setPingResult(null);
    const result = await action.run(() => api.post<PingOutput>(`${path}/ping`));
    if (result) {
      setLogRound((n) => n + 1);
      setPingResult(
        result.ok
          ? w.pingOk(result.statusCode, result.latencyMs)
          : w.pingFailed(result.error ?? String(result.statusCode)),
      );
    }
  };
  const remove = async () => {
    if (await action.run(() => api.delete(path))) navigate(paths.webhooks);
  };

  return (
    <section aria-labelledby="page-title">
      <p>
        <AppLink href={paths.webhooks}>{w.back}</AppLink>
      </p>
      <PageHeader
        title={webhook.subscriberUrl}
        intro={webhook.active ? w.isOn : w.isOff}
        actions={
          <>
            <button
              type="button"
              className="button button-secondary"
              aria-pressed={webhook.active}
              onClick={() => void setActive(!webhook.active)}
            >
              {webhook.active ? w.disable : w.enable}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void ping()}>
              {w.ping}
            </button>
            <ConfirmButton question={w.confirmDelete} onConfirm={() => void remove()}>
              {t.common.delete}
            </ConfirmButton>
          </>
        }
      />
      <p className="d-notice" role="status" aria-live="polite" hidden={pingResult === null}>
        {pingResult}
      </p>
      {secret ? <SecretOnce secret={secret} onDismiss={() => setSecret(null)} /> : null}
      <DeliveryLog webhookId={webhook.id} round={logRound} />
      <form
        className="d-section"
        onSubmit={(event) => void save(event)}
        noValidate
        aria-label={w.settings}
      >
        <WebhookForm
          value={fields}
          onChange={setFields}
          errors={action.fieldErrors}
          secretHint={w.secretHintEdit}
        />
        <FormStatus error={action.error} done={action.done} />
        <button type="submit" className="button" disabled={action.isBusy}>
          {t.common.save}
        </button>
      </form>
    </section>
  );
}

function DeliveryLog(props: { webhookId: string; round: number }) {
  const { session } = useSession();
  const zone = session.user.timeZone;
  const hour12 = session.user.timeFormat === 12;
  const [status, setStatus] = useState('');
  const path = `/v2/webhooks/${enc(props.webhookId)}/deliveries`;
  const { state, reload } = useLoad(`deliveries:${props.webhookId}:${status}:${props.round}`, () =>
    api.get<DeliveryOutput[]>(`${path}${query({ status, take: 50 })}`),
  );
  const action = useAction(t.common.network);
  const replay = async (delivery: DeliveryOutput) => {
    if (await action.run(() => api.post(`${path}/${enc(delivery.id)}/replay`), w.replayed))
      reload();
  };
  return (
    <section className="d-section" aria-labelledby="log-title">
      <div className="d-page-header">
        <h2 id="log-title">{w.log}</h2>
        <div className="d-actions">
          <SelectField
            label={w.filter}
            value={status}
            options={[
              { value: '', label: w.allStatuses },
              ...(['pending', 'delivered', 'dead_letter', 'cancelled'] as const).map((value) => ({
                value,
                label: w.statuses[value],
              })),
            ]}
            onChange={setStatus}
          />
          <button type="button" className="button button-secondary" onClick={reload}>
            {w.refresh}
          </button>
        </div>
      </div>
      <FormStatus error={action.error} done={action.done} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
      {state.status === 'done' && state.data.length === 0 ? (
        <p className="d-empty">{w.noDeliveries}</p>
      ) : null}
      {state.status === 'done' && state.data.length > 0 ? (
        <ul className="d-list" aria-label={w.log}>
          {state.data.map((delivery) => {
            const last = delivery.attempts.at(-1);
            return (
              <li key={delivery.id} className="d-list-item d-delivery">
                <div className="d-list-main">
                  <h3 className="d-list-title">{triggerLabel(delivery.trigger)}</h3>
                  <p className="d-badges">
                    <span className={`d-badge d-badge-${delivery.status}`}>
                      {w.statuses[delivery.status]}
                    </span>
                    <span className="d-muted">
                      {formatInstant(delivery.createdAt, zone, hour12)} ·{' '}
                      {w.attempts(delivery.attemptCount)}
                      {last
                        ? ` · ${last.statusCode ?? last.error ?? ''} · ${last.latencyMs} ms`
                        : ''}
                    </span>
                  </p>
                  {delivery.bookingUid ? (
                    <p className="d-muted">{w.booking(delivery.bookingUid)}</p>
                  ) : null}
                  {delivery.note ? <p className="d-muted">{delivery.note}</p> : null}
                  {delivery.attempts.length > 0 ? (
                    <details>
                      <summary>{w.attemptDetails}</summary>
                      <ol>
                        {delivery.attempts.map((attempt) => (
                          <li key={attempt.attempt}>
                            {formatInstant(attempt.startedAt, zone, hour12)} —{' '}
                            {attempt.ok ? w.ok : w.failed} {attempt.statusCode ?? ''}{' '}
                            {attempt.error ?? ''} ({attempt.latencyMs} ms)
                            {attempt.responseExcerpt ? (
                              <pre className="d-code">{attempt.responseExcerpt}</pre>
                            ) : null}
                          </li>
                        ))}
                      </ol>
                    </details>
                  ) : null}
                </div>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void replay(delivery)}
                >
                  {w.replay}
                  <span className="visually-hidden"> {triggerLabel(delivery.trigger)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
