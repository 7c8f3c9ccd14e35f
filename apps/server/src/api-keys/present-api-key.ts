import type { ApiKeyRow } from '@kairos/db';
import { iso, isoOrNull } from '../http/iso';

export function presentApiKey(key: ApiKeyRow) {
  return {
    id: key.id,
    note: key.note,
    prefix: key.prefix,
    lastFour: key.lastFour,
    isTest: key.isTest,
    expiresAt: isoOrNull(key.expiresAt),
    lastUsedAt: isoOrNull(key.lastUsedAt),
    createdAt: iso(key.createdAt),
  };
}
