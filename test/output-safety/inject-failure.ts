/**
 * Imported first into the report command's process (`node --import`) to make its writing fail at
 * a chosen point, deterministically: SMESEC_FAIL is `<kill|throw>-<write|rename>:<n>`, the n-th
 * write of a file into the temporary report folder (or the n-th rename from or to a temporary or
 * set-aside folder) either kills
 * the process outright (SIGKILL: no handler, no clean-up, as a power cut) or throws EIO.
 */
import type * as nodeFs from 'node:fs';
import type { PathLike, PathOrFileDescriptor } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

// The CommonJS face of node:fs is the object whose functions can be replaced.
const fs = createRequire(import.meta.url)('node:fs') as typeof nodeFs;

const spec = /^(kill|throw)-(write|rename):(\d+)$/.exec(process.env['SMESEC_FAIL'] ?? '');
if (spec) {
  const [, how, what, nth] = spec as unknown as [string, 'kill' | 'throw', 'write' | 'rename', string];
  let seen = 0;
  const ASIDE = /\.(tmp|old)-\d+$/;
  const strike = () => {
    if (++seen !== Number(nth)) return;
    if (how === 'kill') process.kill(process.pid, 'SIGKILL');
    throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO', errno: -5, syscall: 'write' });
  };
  if (what === 'write') {
    const writeFileSync = fs.writeFileSync;
    fs.writeFileSync = ((path: PathOrFileDescriptor, ...rest: unknown[]) => {
      if (String(path).includes('.tmp-')) strike();
      return (writeFileSync as (...a: unknown[]) => void)(path, ...rest);
    }) as typeof fs.writeFileSync;
  } else {
    const renameSync = fs.renameSync;
    fs.renameSync = ((from: PathLike, to: PathLike) => {
      if (ASIDE.test(String(from)) || ASIDE.test(String(to))) strike();
      return renameSync(from, to);
    }) as typeof fs.renameSync;
  }
  // The command imports { writeFileSync } by name: update the named exports too.
  syncBuiltinESMExports();
}
