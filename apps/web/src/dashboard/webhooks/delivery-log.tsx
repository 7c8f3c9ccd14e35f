import type { DeliveryOutput } from '@kairos/contracts';
import { useId, useState } from 'react';
import { api, query } from '../api';
import { useSession } from '../session';
import { t } from '../strings';
import { FormStatus, SelectField } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { Loading, LoadFailed } from '../ui/widgets';
import { formatInstant } from '../ui/zoned-time';
import { triggerLabel } from './triggers';

const w = t.webhooks;
const enc = encodeURIComponent;

/**
 * A webhook's deliveries, newest first, with every attempt, a status filter and replay.
 * `webhookPath` is the webhook's API path in its scope; `round` changes to load again;
 * `level` is the log's heading level (its deliveries are one below): 4 inside a list item.
 */
export function DeliveryLog(props: { webhookPath: string; round: number; level?: 2 | 4 }) {
  const titleId = useId();
  const [Heading, ItemHeading] =
    props.level === 4 ? (['h4', 'h5'] as const) : (['h2', 'h3'] as const);
  const { session } = useSession();
  const zone = session.user.timeZone;
  const hour12 = session.user.timeFormat === 12;
  const [status, setStatus] = useState('');
  const path = `${props.webhookPath}/deliveries`;
  const { state, reload } = useLoad(`deliveries:${path}:${status}:${props.round}`, () =>
    api.get<DeliveryOutput[]>(`${path}${query({ status, take: 50 })}`),
  );
  const action = useAction(t.common.network);
  const replay = async (delivery: DeliveryOutput) => {
    if (await action.run(() => api.post(`${path}/${enc(delivery.id)}/replay`), w.replayed))
      reload();
  };
  return (
    <section className="d-section" aria-labelledby={titleId}>
      <div className="d-page-header">
        <Heading id={titleId}>{w.log}</Heading>
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
                  <ItemHeading className="d-list-title">
                    {triggerLabel(delivery.trigger)}
                  </ItemHeading>
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
