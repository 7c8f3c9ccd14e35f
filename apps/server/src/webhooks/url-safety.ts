import { isPublicAddress } from '@kairos/core';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** One resolved address. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Host name -> addresses (the system resolver unless a test passes its own). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => ({
    address: entry.address,
    family: entry.family === 6 ? 6 : 4,
  }));

/** Where to connect for a URL, or why not. */
export type Target = { ok: true; address: ResolvedAddress } | { ok: false; reason: string };

/**
 * Resolves a subscriber URL's host and decides whether it may be called: every address it
 * resolves to must be public (a name that also resolves to 10.0.0.1 could be steered there),
 * unless private addresses are allowed. The delivery connects to the returned address itself,
 * so a second lookup (DNS rebinding) cannot send it elsewhere.
 */
export async function resolveTarget(
  url: URL,
  options: { allowPrivate: boolean; resolve: Resolver },
): Promise<Target> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'Only http:// and https:// URLs can receive webhooks' };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  const family = isIP(host);
  if (family !== 0) addresses = [{ address: host, family: family === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await options.resolve(host);
    } catch {
      addresses = [];
    }
  }
  const [first] = addresses;
  if (!first) return { ok: false, reason: `${host} does not resolve to an address` };
  if (!options.allowPrivate) {
    const blocked = addresses.find((entry) => !isPublicAddress(entry.address));
    if (blocked) {
      return {
        ok: false,
        reason: `${host} resolves to ${blocked.address}, a loopback, private or link-local address`,
      };
    }
  }
  return { ok: true, address: first };
}
