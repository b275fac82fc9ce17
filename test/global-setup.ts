/**
 * Once per test run, before any test file: compile the report command (`dist/report/cli.js`),
 * which the tests that run the command as an analyst does start with plain node, so that each of
 * those child processes starts in a fraction of a second instead of transpiling the program again.
 */
import { bundleReport } from '../scripts/build.js';

export default async function setup(): Promise<void> {
  await bundleReport({ warm: true });
}
