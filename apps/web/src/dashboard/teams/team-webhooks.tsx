import type { WebhookOutput } from '@kairos/contracts';
import { useState } from 'react';
import { api } from '../api';
import { t } from '../strings';
import { FormStatus } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { ConfirmButton, LoadFailed, Loading, ToggleButton } from '../ui/widgets';
import { DeliveryLog } from '../webhooks/delivery-log';
import { NewWebhookForm } from '../webhooks/new-webhook-form';
import { SecretOnce } from '../webhooks/secret-once';
import { teamWebhooks, webhookPath, type WebhookScope } from '../webhooks/webhook-scope';
import { WebhookSummary } from '../webhooks/webhooks-page';

const m = t.teamWebhooks;
const w = t.webhooks;

/**
 * The team's webhooks, for its admins and owners: list, add (the secret shown once), switch on
 * and off, delete, and each one's delivery log, through the components of the Webhooks page.
 */
export function TeamWebhooks({ teamId }: { teamId: number }) {
  const scope = teamWebhooks(teamId);
  const { state, reload } = useLoad(`team-webhooks:${teamId}`, () =>
    api.get<WebhookOutput[]>(scope.listPath),
  );
  const [isCreating, setIsCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const action = useAction(t.common.network);
  const created = (webhook: WebhookOutput) => {
    setSecret(webhook.secret ?? null);
    setIsCreating(false);
    reload();
  };
  const change = async (run: () => Promise<unknown>, done: string) => {
    if (await action.run(run, done)) reload();
  };
  return (
    <section className="d-section" aria-labelledby="team-webhooks-title">
      <div className="d-page-header">
        <h2 id="team-webhooks-title">{m.title}</h2>
        <ToggleButton open={isCreating} onToggle={setIsCreating} label={w.new} secondary />
      </div>
      <p className="d-muted">{m.intro}</p>
      {secret ? <SecretOnce secret={secret} onDismiss={() => setSecret(null)} /> : null}
      {isCreating ? (
        <NewWebhookForm scope={scope} onCreated={created} onCancel={() => setIsCreating(false)} />
      ) : null}
      <FormStatus error={action.error} done={action.done} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailed error={state.error} retry={reload} /> : null}
      {state.status === 'done' && state.data.length === 0 ? (
        <p className="d-muted">{m.none}</p>
      ) : null}
      {state.status === 'done' && state.data.length > 0 ? (
        <ul className="d-list" aria-label={m.title}>
          {state.data.map((webhook) => (
            <TeamWebhook key={webhook.id} scope={scope} webhook={webhook} change={change} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function TeamWebhook(props: {
  scope: WebhookScope;
  webhook: WebhookOutput;
  change: (run: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const { webhook, change } = props;
  const [showLog, setShowLog] = useState(false);
  const path = webhookPath(props.scope, webhook.id);
  const url = webhook.subscriberUrl;
  const toggle = () =>
    change(
      () => api.patch(path, { active: !webhook.active }),
      webhook.active ? w.disabled : w.enabled,
    );
  return (
    <li className="d-list-item d-team-webhook">
      <WebhookSummary webhook={webhook} heading="h3" />
      <div className="d-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={webhook.active}
          aria-label={webhook.active ? m.disableOf(url) : m.enableOf(url)}
          onClick={() => void toggle()}
        >
          {webhook.active ? w.disable : w.enable}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={showLog}
          aria-label={m.deliveriesOf(url)}
          onClick={() => setShowLog((open) => !open)}
        >
          {m.deliveries}
        </button>
        <ConfirmButton
          question={w.confirmDelete}
          aria-label={m.deleteOf(url)}
          onConfirm={() => void change(() => api.delete(path), m.deleted)}
        >
          {t.common.delete}
        </ConfirmButton>
      </div>
      {showLog ? (
        // The item wraps: the log takes a line of its own under the webhook.
        <div style={{ flexBasis: '100%' }}>
          <DeliveryLog webhookPath={path} round={0} level={4} />
        </div>
      ) : null}
    </li>
  );
}
