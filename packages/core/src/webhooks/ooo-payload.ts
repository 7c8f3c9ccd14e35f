/** An out-of-office entry as the OOO_CREATED payload needs it (instants as ISO 8601 UTC). */
export interface PayloadOutOfOffice {
  id: number;
  uuid: string;
  start: string;
  end: string;
  createdAt: string;
  updatedAt: string;
  notes: string | null;
  reason: string;
  user: { id: number; name: string; username: string; timeZone: string; email: string };
  toUser: { id: number; name: string; username: string; timeZone: string; email: string } | null;
}

/** Cal.com's default reasons, in their order (the reason id), with their emoji. */
const REASONS: ReadonlyArray<[reason: string, emoji: string]> = [
  ['unspecified', '🗓️'],
  ['vacation', '🏝️'],
  ['travel', '✈️'],
  ['sick', '🤒'],
  ['public_holiday', '📅'],
];

/** OOO_CREATED, in Cal.com's shape: `{ oooEntry: {...} }` (compatibility reference 2.4). */
export function outOfOfficeWebhookPayload(entry: PayloadOutOfOffice): Record<string, unknown> {
  const index = Math.max(
    0,
    REASONS.findIndex(([reason]) => reason === entry.reason),
  );
  const [reason, emoji] = REASONS[index] ?? ['unspecified', '🗓️'];
  return {
    oooEntry: {
      id: entry.id,
      uuid: entry.uuid,
      start: entry.start,
      end: entry.end,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      notes: entry.notes,
      reason: { emoji, reason },
      reasonId: index + 1,
      user: entry.user,
      toUser: entry.toUser,
    },
  };
}
