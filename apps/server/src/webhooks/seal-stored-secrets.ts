import { listWebhooksWithClearSecrets, replaceWebhookSecret, type Db } from '@kairos/db';
import type { SecretBox } from '../crypto/secret-box';

const PAGE = 500;

/**
 * Seals the webhook secrets stored in clear before the instance had a key, so that setting
 * `KAIROS_ENCRYPTION_KEY` covers every secret, old ones too. Run by worker processes at start;
 * a secret rotated meanwhile is left to its rotation. Returns how many were sealed.
 */
export async function sealStoredSecrets(db: Db, box: SecretBox): Promise<number> {
  let sealed = 0;
  const seen = new Set<string>();
  for (;;) {
    const page = (await listWebhooksWithClearSecrets(db, PAGE)).filter((row) => !seen.has(row.id));
    for (const row of page) {
      seen.add(row.id);
      await replaceWebhookSecret(db, row.id, row.secret, box.seal(row.secret));
      sealed++;
    }
    if (page.length === 0) return sealed;
  }
}
