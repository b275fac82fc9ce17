/**
 * Start of the compiled report command (`dist/report/cli.js`; scripts/build.ts bundles it). The
 * command itself is `report.cjs` beside it, one 7 MB script; compiling it took about 200 ms of each
 * run's start on Node 20, and the functions compiled later, while charts are drawn, as much again.
 * Node 20 has no compile cache for ES modules, so the script is compiled here with `node:vm`,
 * from V8's code cache when there is one: `report.<build>.<node>.<arch>.cache`, made by the build's
 * warm-up report (scripts/build.ts), or written at the end of a successful run that had none (or whose cache V8 refused, after a Node or flag change), with every
 * function that run compiled. The build id in the name is a hash of the script, so a cache never
 * meets another build's code; `bundleReport` removes the old ones.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

declare const __SMESEC_BUILD__: string;

const here = dirname(fileURLToPath(import.meta.url));
const filename = join(here, 'report.cjs');
const cacheBase = join(here, `report.${__SMESEC_BUILD__}.${process.version}.${process.arch}`);
const cacheFile = `${cacheBase}.cache`;
// Where the command keeps what else it can reuse from run to run of this build (its charts' shapes).
process.env.SMESEC_REPORT_CACHE = cacheBase;

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: this run compiles from source and leaves one.
}
// CommonJS's own wrapper, on the first line so that line numbers in stack traces stay the script's.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`, {
  filename,
  ...(cachedData ? { cachedData } : {}),
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (isMainThread && (cachedData === undefined || script.cachedDataRejected)) {
  process.once('exit', (code) => {
    // Only a run that worked knows which functions a report needs.
    if (code !== 0) return;
    // Written beside and renamed: runs in parallel each write a whole file, and the last one wins.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only install runs without a cache, as before.
    }
  });
}
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(filename), module, filename, here);
