import { t } from '../strings';
import { CopyButton } from '../ui/widgets';

const w = t.webhooks;

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
