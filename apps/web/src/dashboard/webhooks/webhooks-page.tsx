import type { WebhookOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { paths } from '../routes';
import { t } from '../strings';
import { FormStatus } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, CopyButton, Loading, LoadFailed, PageHeader } from '../ui/widgets';
import { triggerLabel } from './triggers';
import { webhookBody, WebhookForm, type WebhookFields } from './webhook-form';

const w = t.webhooks;
const empty: WebhookFields = {
  subscriberUrl: '',
  triggers: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'],
  active: true,
  payloadTemplate: '',
  secret: '',
};

/** The secret of a webhook just created or re-keyed: shown this once. */
export function SecretOnce(props: { secret: string; onDismiss: () => void }) {
  return (
    <div className="d-card d-secret" role="region" aria-labelledby="secret-title">
      <h2 id="secret-title">{w.secretTitle}</h2>
      <p>{w.secretOnce}</p>
      <p>
        <code className="d-code" data-testid="webhook-secret">
          {props.secret}
        </code>
      </p>
      <div className="d-actions">
        <CopyButton text={props.secret} label={w.copySecret} />
        <button type="button" className="button button-secondary" onClick={props.onDismiss}>
          {t.apiKeys.dismiss}
        </button>
      </div>
    </div>
  );
}

export function WebhooksPage() {
  const { state, reload } = useLoad('webhooks', () => api.get<WebhookOutput[]>('/v2/webhooks'));
  const [fields, setFields] = useState(empty);
  const [isCreating, setIsCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const action = useAction(t.common.network);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run(() =>
      api.post<WebhookOutput>('/v2/webhooks', webhookBody(fields)),
    );
    if (created) {
      setSecret(created.secret ?? null);
      setFields(empty);
      setIsCreating(false);
      reload();
    }
  };
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={w.title}
        intro={w.intro}
        actions={
          <button
            type="button"
            className="button"
            aria-expanded={isCreating}
            onClick={() => setIsCreating((open) => !open)}
          >
            {w.new}
          </button>
        }
      />
      {secret ? <SecretOnce secret={secret} onDismiss={() => setSecret(null)} /> : null}
      {isCreating ? (
        <form className="d-card" onSubmit={(event) => void submit(event)} noValidate>
          <h2>{w.newTitle}</h2>
          <WebhookForm
            value={fields}
            onChange={setFields}
            errors={action.fieldErrors}
            secretHint={w.secretHintNew}
          />
          <FormStatus error={action.error} done={null} />
          <div className="d-actions">
            <button type="submit" className="button" disabled={action.isBusy}>
              {w.create}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setIsCreating(false)}
            >
              {t.common.cancel}
            </button>
          </div>
        </form>
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
      {state.status === 'done' && state.data.length === 0 ? (
        <p className="d-empty">{w.none}</p>
      ) : null}
      {state.status === 'done' && state.data.length > 0 ? (
        <ul className="d-list" aria-label={w.title}>
          {state.data.map((webhook) => (
            <li key={webhook.id} className="d-list-item">
              <div className="d-list-main">
                <h2 className="d-list-title">
                  <AppLink href={paths.webhook(webhook.id)}>{webhook.subscriberUrl}</AppLink>
                </h2>
                <p className="d-muted">{webhook.triggers.map(triggerLabel).join(', ')}</p>
                <p className="d-badges">
                  <span className="d-badge">{webhook.active ? w.on : w.off}</span>
                  {webhook.eventTypeId ? (
                    <span className="d-badge">{w.forEventType(webhook.eventTypeId)}</span>
                  ) : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
