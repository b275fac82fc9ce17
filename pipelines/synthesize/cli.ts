/**
 * pnpm synth [--seed S] [--out DIR] [--scale N] [--encoding utf-8|shift_jis]
 *
 * Writes the calibrated FY2024 microdata (experts, attendees, consultations, guidance) as CSV.
 * The defaults regenerate data/fy2024 byte for byte.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ENCODINGS, type OutputEncoding } from './src/encode.js';
import { DEFAULT_SEED } from './src/synthesize.js';
import { writeDataset } from './src/write-dataset.js';

const USAGE = `usage: pnpm synth [--seed S] [--out DIR] [--scale N] [--encoding utf-8|shift_jis] [--quiet]
  --seed      seed of the generator (default ${DEFAULT_SEED}: the committed data)
  --out       output folder (default data/fy2024)
  --scale     rows of experts.csv (calibrated blocks of 221); the other files stay as calibrated
  --encoding  utf-8 (Excel "CSV UTF-8", with BOM; default) or shift_jis (CP932, no BOM)
  --quiet     print nothing but errors`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seed: { type: 'string', default: DEFAULT_SEED },
        out: { type: 'string', default: 'data/fy2024' },
        scale: { type: 'string' },
        encoding: { type: 'string', default: 'utf-8' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && (!Number.isSafeInteger(scale) || scale < 1)) fail(`--scale must be a whole number of at least 1, not ${values.scale}`);
  const encoding = values.encoding === 'sjis' || values.encoding === 'cp932' ? 'shift_jis' : values.encoding;
  if (!ENCODINGS.includes(encoding as OutputEncoding)) fail(`--encoding must be one of ${ENCODINGS.join(', ')}, not ${values.encoding}`);

  const started = performance.now();
  const files = await writeDataset(values.out, { seed: values.seed, scale, encoding: encoding as OutputEncoding });
  if (values.quiet) return;
  for (const f of files) process.stdout.write(`${relative(process.cwd(), f.file)}: ${f.rows} rows, ${f.bytes} bytes\n`);
  const seconds = (performance.now() - started) / 1000;
  // maxRSS is in kilobytes: the peak resident memory of the whole run.
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`seed ${values.seed}, ${encoding}, ${seconds.toFixed(1)} s, peak RSS ${peak.toFixed(0)} MiB\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
