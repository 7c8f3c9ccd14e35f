import type { WebhookOutput } from '@kairos/contracts';
import { useState, type ReactNode } from 'react';
import { api } from '../api';
import { paths } from '../routes';
import { t } from '../strings';
import { useLoad } from '../ui/use-load';
import { AppLink, LoadFailed, Loading, PageHeader, ToggleButton } from '../ui/widgets';
import { NewWebhookForm } from './new-webhook-form';
import { SecretOnce } from './secret-once';
import { triggerLabel } from './triggers';
import { ownWebhooks } from './webhook-scope';

const w = t.webhooks;

/**
 * One webhook in a list: its URL (a link when `href`), triggers and badges; `children` acts.
 * `heading` is the URL's heading level inside the page.
 */
export function WebhookSummary(props: {
  webhook: WebhookOutput;
  href?: string;
  heading?: 'h2' | 'h3';
  children?: ReactNode;
}) {
  const { webhook } = props;
  const Heading = props.heading ?? 'h2';
  return (
    <div className="d-list-main">
      <Heading className="d-list-title">
        {props.href ? (
          <AppLink href={props.href}>{webhook.subscriberUrl}</AppLink>
        ) : (
          webhook.subscriberUrl
        )}
      </Heading>
      <p className="d-muted">{webhook.triggers.map(triggerLabel).join(', ')}</p>
      <p className="d-badges">
        <span className="d-badge">{webhook.active ? w.on : w.off}</span>
        {webhook.eventTypeId ? (
          <span className="d-badge">{w.forEventType(webhook.eventTypeId)}</span>
        ) : null}
      </p>
      {props.children}
    </div>
  );
}

export function WebhooksPage() {
  const { state, reload } = useLoad('webhooks', () =>
    api.get<WebhookOutput[]>(ownWebhooks.listPath),
  );
  const [isCreating, setIsCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const created = (webhook: WebhookOutput) => {
    setSecret(webhook.secret ?? null);
    setIsCreating(false);
    reload();
  };
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={w.title}
        intro={w.intro}
        actions={<ToggleButton open={isCreating} onToggle={setIsCreating} label={w.new} />}
      />
      {secret ? <SecretOnce secret={secret} onDismiss={() => setSecret(null)} /> : null}
      {isCreating ? (
        <NewWebhookForm
          scope={ownWebhooks}
          onCreated={created}
          onCancel={() => setIsCreating(false)}
        />
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
              <WebhookSummary webhook={webhook} href={paths.webhook(webhook.id)} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
