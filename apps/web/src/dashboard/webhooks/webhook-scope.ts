/**
 * Whose webhooks a component works on: the API path of that scope's list. The same components
 * serve your own webhooks (`/v2/webhooks`) and a team's (`/v2/teams/{id}/webhooks`).
 */
export interface WebhookScope {
  listPath: string;
}

export const ownWebhooks: WebhookScope = { listPath: '/v2/webhooks' };

export const teamWebhooks = (teamId: number): WebhookScope => ({
  listPath: `/v2/teams/${teamId}/webhooks`,
});

/** The API path of one webhook of the scope. */
export const webhookPath = (scope: WebhookScope, id: string): string =>
  `${scope.listPath}/${encodeURIComponent(id)}`;
