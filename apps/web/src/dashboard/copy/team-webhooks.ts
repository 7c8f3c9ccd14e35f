/** The dashboard's team webhooks strings (see ../strings.ts). */
export const teamWebhooks = {
  title: 'Webhooks',
  intro:
    "Every booking of this team's event types is sent here too, besides each host's own webhooks.",
  none: 'This team has no webhooks.',
  deliveries: 'Deliveries',
  deliveriesOf: (url: string) => `Deliveries of ${url}`,
  enableOf: (url: string) => `Enable ${url}`,
  disableOf: (url: string) => `Disable ${url}`,
  deleteOf: (url: string) => `Delete ${url}`,
  deleted: 'Webhook deleted.',
};
