import { insertApiKey, type ApiKeyRow, type Db } from '@kairos/db';
import { generateApiKey, hashApiKey, parseApiKey } from '../auth/api-key-format';

export interface CreateApiKeyCommand {
  userId: number;
  isTest: boolean;
  note?: string | null | undefined;
  expiresAt?: Date | null | undefined;
}

const DAY_MS = 86_400_000;

/** expiresAt from Cal.com's `apiKeyDaysValid` / `apiKeyNeverExpires`, or an explicit instant. */
export function expiryFrom(
  now: Date,
  options: {
    expiresAt?: string | undefined;
    apiKeyDaysValid?: number | undefined;
    apiKeyNeverExpires?: boolean | undefined;
  },
): Date | null {
  if (options.apiKeyNeverExpires) return null;
  if (options.expiresAt) return new Date(options.expiresAt);
  if (options.apiKeyDaysValid) return new Date(now.getTime() + options.apiKeyDaysValid * DAY_MS);
  return null;
}

/** Issues a key; the secret exists only in the return value, the database keeps its hash. */
export async function createApiKey(
  db: Db,
  command: CreateApiKeyCommand,
): Promise<{ key: string; row: ApiKeyRow }> {
  const key = generateApiKey(command.isTest);
  const row = await insertApiKey(db, {
    userId: command.userId,
    hashedKey: hashApiKey(key),
    prefix: parseApiKey(key)!.prefix,
    lastFour: key.slice(-4),
    isTest: command.isTest,
    note: command.note ?? null,
    expiresAt: command.expiresAt ?? null,
  });
  return { key, row };
}
