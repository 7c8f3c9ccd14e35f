import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

const freshDir = () => mkdtempSync(join(tmpdir(), 'kairos-lock-'));

describe('the embedded data directory lock', () => {
  it('refuses a directory a live process holds', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'kairos.pid'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(/in use by another Kairos process \(pid \d+\)/);
  });

  it('takes over a lock left by a process that died', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'kairos.pid'), '999999999');
    const unlock = lockDataDir(dir);
    unlock();
    lockDataDir(dir)();
  });
});
