import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { json, type TestApp } from '../../testing/test-app';

/**
 * A browser in miniature for `app.inject`: keeps the cookies the server sets (and drops the ones
 * it expires), sends them back, and adds the CSRF header when asked to.
 */
export function browser(t: TestApp, options: { ip?: string } = {}) {
  const jar = new Map<string, string>();
  const remember = (response: LightMyRequestResponse) => {
    for (const cookie of response.cookies as Array<{
      name: string;
      value: string;
      maxAge?: number;
    }>) {
      if (cookie.value === '' || cookie.maxAge === 0) jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
    }
  };
  const send = async (
    request: InjectOptions & { csrf?: boolean | string },
  ): Promise<LightMyRequestResponse> => {
    const { csrf, ...rest } = request;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string>) };
    if (jar.size > 0) {
      headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (csrf === true) headers['x-csrf-token'] = jar.get('kairos_csrf') ?? '';
    else if (typeof csrf === 'string') headers['x-csrf-token'] = csrf;
    const response = await t.app.inject({
      ...rest,
      headers,
      ...(options.ip ? { remoteAddress: options.ip } : {}),
    });
    remember(response);
    return response;
  };
  return {
    jar,
    send,
    signUp: async (fields: Record<string, unknown>) =>
      send({ method: 'POST', url: '/v2/auth/signup', payload: fields }),
    logIn: async (email: string, password: string) =>
      send({ method: 'POST', url: '/v2/auth/login', payload: { email, password } }),
    me: async () => json(await send({ method: 'GET', url: '/v2/me' })),
  };
}

let n = 0;
/** Sign-up fields for a new, unique person. */
export function person(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    email: `person${n}-${process.pid}@example.com`,
    password: 'correct horse battery',
    name: `Person ${n}`,
    username: `person${n}-${process.pid}`,
    timeZone: 'Europe/Paris',
    ...overrides,
  };
}
