import type { OutOfOfficeOutput } from '@kairos/contracts';
import type { OutOfOfficeRow } from '@kairos/db';
import { iso } from '../http/iso';

export function presentOutOfOffice(entry: OutOfOfficeRow): OutOfOfficeOutput {
  return {
    id: entry.id,
    uuid: entry.uuid,
    userId: entry.userId,
    start: iso(entry.startAt),
    end: iso(entry.endAt),
    reason: entry.reason as OutOfOfficeOutput['reason'],
    notes: entry.notes,
    toUserId: entry.toUserId,
    createdAt: iso(entry.createdAt),
    updatedAt: iso(entry.updatedAt),
  };
}
