import type { CalQueue, QueuedCall } from './cal-global';

type Execute = (method: string, args: unknown[]) => void;

const hooked = new WeakSet<QueuedCall[]>();

/** Runs one queued call; a call whose first argument is an array holds several instructions. */
export function runCall(call: QueuedCall, execute: Execute): void {
  const args = Array.from(call);
  if (Array.isArray(args[0])) {
    for (const instruction of args) if (Array.isArray(instruction)) runCall(instruction, execute);
    return;
  }
  const [method, ...rest] = args;
  if (typeof method !== 'string') {
    console.error('Cal: a call must start with a command name', args);
    return;
  }
  execute(method, rest);
}

/**
 * Drains a snippet queue in order, then replaces its `push` so every later call runs at once
 * (compatibility reference §3.1). Hooking the same queue twice does nothing.
 */
export function hookQueue(api: CalQueue, execute: Execute): void {
  const queue = (api.q ??= []);
  if (hooked.has(queue)) return;
  hooked.add(queue);
  const pending = queue.splice(0, queue.length);
  queue.push = (...calls: QueuedCall[]) => {
    for (const call of calls) runCall(call, execute);
    return queue.length;
  };
  for (const call of pending) runCall(call, execute);
}
