import { ensureWebBuilt } from './harness';

/** Builds the web app once before any file starts (each harness then finds it fresh). */
export default function setup(): void {
  ensureWebBuilt();
}
