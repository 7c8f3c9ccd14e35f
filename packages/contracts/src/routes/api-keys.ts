import { z } from 'zod';
import { defineRoute } from '../route';
import {
  apiKeyIdParams,
  apiKeyOutput,
  createApiKeyInput,
  createdApiKeyOutput,
  refreshApiKeyInput,
} from '../schemas/api-key';

export const createApiKeyRoute = defineRoute({
  method: 'POST',
  path: '/v2/api-keys',
  summary: 'Create an API key (the secret is returned once)',
  tag: 'API keys',
  auth: 'required',
  body: createApiKeyInput,
  response: createdApiKeyOutput,
  status: 201,
});

export const listApiKeysRoute = defineRoute({
  method: 'GET',
  path: '/v2/api-keys',
  summary: "List the caller's live API keys (no secrets)",
  tag: 'API keys',
  auth: 'required',
  response: z.array(apiKeyOutput),
});

export const deleteApiKeyRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/api-keys/{id}',
  summary: 'Revoke an API key',
  tag: 'API keys',
  auth: 'required',
  params: apiKeyIdParams,
  response: z.object({ id: z.number().int() }),
});

export const refreshApiKeyRoute = defineRoute({
  method: 'POST',
  path: '/v2/api-keys/refresh',
  summary: 'Replace the calling key with a new one (Cal.com)',
  tag: 'API keys',
  auth: 'required',
  body: refreshApiKeyInput,
  response: z.object({ apiKey: z.string() }),
  status: 200,
});

export const apiKeyRoutes = [
  createApiKeyRoute,
  listApiKeysRoute,
  deleteApiKeyRoute,
  refreshApiKeyRoute,
];
