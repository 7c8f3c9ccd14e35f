import type { WebhookOutput } from '@kairos/contracts';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { t } from '../strings';
import { FormStatus } from '../ui/form';
import { useAction } from '../ui/use-action';
import { webhookBody, WebhookForm, type WebhookFields } from './webhook-form';
import type { WebhookScope } from './webhook-scope';

const w = t.webhooks;
const empty: WebhookFields = {
  subscriberUrl: '',
  triggers: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'],
  active: true,
  payloadTemplate: '',
  secret: '',
};

/** Creates a webhook in the scope; `onCreated` gets it with its secret (shown once). */
export function NewWebhookForm(props: {
  scope: WebhookScope;
  onCreated: (webhook: WebhookOutput) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState(empty);
  const action = useAction(t.common.network);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run(() =>
      api.post<WebhookOutput>(props.scope.listPath, webhookBody(fields)),
    );
    if (created) {
      setFields(empty);
      props.onCreated(created);
    }
  };
  return (
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
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
