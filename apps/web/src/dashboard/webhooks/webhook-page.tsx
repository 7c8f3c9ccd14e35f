import type { PingOutput, WebhookOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { api } from '../api';
import { paths } from '../routes';
import { t } from '../strings';
import { FormStatus } from '../ui/form';
import { useAction } from '../ui/use-action';
import { useLoad } from '../ui/use-load';
import { AppLink, ConfirmButton, Loading, LoadFailed, PageHeader } from '../ui/widgets';
import { DeliveryLog } from './delivery-log';
import { SecretOnce } from './secret-once';
import { webhookBody, WebhookForm, type WebhookFields } from './webhook-form';
import { ownWebhooks, webhookPath } from './webhook-scope';

const w = t.webhooks;

export function WebhookPage({ id }: { id: string }) {
  const { state, reload } = useLoad(`webhook:${id}`, () =>
    api.get<WebhookOutput>(webhookPath(ownWebhooks, id)),
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
  const path = webhookPath(ownWebhooks, webhook.id);

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
      <DeliveryLog webhookPath={path} round={logRound} />
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
