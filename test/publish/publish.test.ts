/**
 * What a researcher installs: the built packages. One file, run in order, because every step
 * reads the same `dist/` folders: build → API report → API reference → pack, install, import
 * with plain node.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { API_REPORT_DIR, apiReport, entryPoints } from '../../scripts/api-report.js';
import { build, buildablePackages } from '../../scripts/build.js';
import { ROOT } from '../../scripts/paths.js';
import { summary } from './consumer.js';

const tmp = mkdtempSync(join(tmpdir(), 'smesec-publish-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('API report', () => {
  test('every published entry point has a checked-in report', () => {
    const reports = readdirSync(API_REPORT_DIR).filter((f) => f.endsWith('.api.md'));
    expect(reports.sort()).toEqual(entryPoints().map((e) => `${e.report}.api.md`).sort());
  });

  test('the built declarations match reports/api (run pnpm api:update after reviewing a change)', () => {
    const tempDir = join(tmp, 'api-current');
    const result = apiReport({ tempDir });
    expect(result.errors).toBe(0);
    // Compare the texts so that a failure shows the difference itself.
    for (const name of result.changed) {
      expect(readFileSync(join(tempDir, `${name}.api.md`), 'utf8'), `${name}.api.md`).toBe(readFileSync(join(API_REPORT_DIR, `${name}.api.md`), 'utf8'));
    }
    expect(result.changed).toEqual([]);
  }, 600_000);

  test('a changed export is caught', () => {
    // Reports of the declarations as they are now, so that only the edit below differs. Both runs
    // read the same dist/ (built by the test above), so neither builds again.
    const reportDir = join(tmp, 'api-edited');
    apiReport({ update: true, tempDir: join(tmp, 'api-edited-tmp'), reportDir, build: false });
    const file = join(reportDir, 'survey.api.md');
    // As if wilson() had been renamed since the reports were written.
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('export function wilson(', 'export function wilsonInterval(');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    expect(apiReport({ tempDir: join(tmp, 'api-edited-out'), reportDir, build: false }).changed).toEqual(['survey']);
  }, 600_000); // two full analyses: minutes on a busy machine
});

describe('API reference (pnpm docs)', () => {
  test('each package documents the entry points it publishes', () => {
    for (const name of buildablePackages()) {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')) as { exports: Record<string, string> };
      const typedoc = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
      expect(typedoc.entryPoints, name).toEqual(Object.values(pkg.exports).filter((path) => path.endsWith('.ts')));
    }
  });

  test('TypeDoc writes a page for every entry point, with the doc comments', async () => {
    const out = join(tmp, 'reference');
    build();
    await run(join(ROOT, 'node_modules/.bin/typedoc'), ['--out', out, '--logLevel', 'Error'], { cwd: ROOT });
    const modules = readdirSync(join(out, 'modules'));
    for (const entry of entryPoints()) {
      const page = entry.subpath === '.' ? `_smesec_${entry.folder}` : `_smesec_${entry.folder}.${entry.subpath.slice(2)}`;
      expect(modules.filter((m) => m.startsWith(page)), entry.report).not.toEqual([]);
    }
    const tabulate = readFileSync(join(out, 'functions/_smesec_survey.index.tabulate.html'), 'utf8');
    expect(tabulate).toContain('Frequencies of one question with an explicit base, in codebook order');
    // Options are named parameters typed by named interfaces, never TypeDoc's `__namedParameters`.
    expect(tabulate).toContain('TabulateOptions');
    // arquero's ColumnTable links to arquero's API docs (externalSymbolLinkMappings), on every page.
    expect(tabulate).toContain('<a href="https://idl.uw.edu/arquero/api/table" class="tsd-signature-type external" target="_blank">ColumnTable</a>');
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.filter((f) => readFileSync(join(out, f), 'utf8').includes('__namedParameters'))).toEqual([]);
    expect(pages.filter((f) => readFileSync(join(out, f), 'utf8').includes('<span class="tsd-signature-type">ColumnTable</span>'))).toEqual([]);
    // The introduction is the front page; the codebook format and the figure ids are documents of it.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('A first analysis');
    expect(pages.some((f) => readFileSync(join(out, f), 'utf8').includes('The codebook format'))).toBe(true);
  }, 600_000);
});

/** Run a command; a failure carries what it printed, which is where tsc and npm say why. */
async function run(command: string, args: readonly string[], options: { cwd?: string; timeout?: number } = {}): Promise<{ stdout: string }> {
  try {
    return await promisify(execFile)(command, args, { ...options, encoding: 'utf8' });
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

describe('the packed packages, installed from their tarballs into a new project', () => {
  const project = join(tmp, 'consumer');
  const tarballs = join(tmp, 'tarballs');

  test('pnpm pack gives one tarball per package: dist/, without src/, tests or build info', async () => {
    build();
    await run('pnpm', ['-r', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], { cwd: ROOT });
    const files = readdirSync(tarballs).sort();
    expect(files).toEqual(buildablePackages().map((name) => `smesec-${name}-0.1.0.tgz`).sort());
    const { stdout } = await run('tar', ['-tzf', join(tarballs, 'smesec-survey-0.1.0.tgz')]);
    const listed = stdout.split('\n').filter(Boolean);
    expect(listed).toContain('package/dist/index.js');
    expect(listed).toContain('package/dist/index.d.ts');
    expect(listed).toContain('package/codebook.schema.json');
    expect(listed.filter((f) => /\.test\.|tsbuildinfo|\/src\//.test(f))).toEqual([]);
    // The year's codebooks ship with the programme package, not the generic survey package.
    expect(listed.filter((f) => f.includes('fy2024'))).toEqual([]);
    const programme = (await run('tar', ['-tzf', join(tarballs, 'smesec-programme-0.1.0.tgz')])).stdout.split('\n');
    expect(programme).toContain('package/dist/codebook/fy2024/experts.json');
  });

  test('each package.json as packed points at dist/ and names its workspace dependencies by version', async () => {
    const { stdout } = await run('tar', ['-xzOf', join(tarballs, 'smesec-experts-0.1.0.tgz'), 'package/package.json']);
    const pkg = JSON.parse(stdout) as Record<string, unknown>;
    expect(pkg['exports']).toEqual({
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './browser': { types: './dist/browser.d.ts', default: './dist/browser.js' },
    });
    expect(pkg).toMatchObject({ main: './dist/index.js', types: './dist/index.d.ts', license: 'MIT', version: '0.1.0' });
    expect((pkg['dependencies'] as Record<string, string>)['@smesec/survey']).toBe('0.1.0');
    // Pinned in every manifest that brings arquero: a fresh npm install needs no override.
    expect((pkg['dependencies'] as Record<string, string>)['@uwdata/flechette']).toBe('2.6.0');
  });

  test('npm installs them, tsc compiles a script against their declarations, and plain node runs it with the same results as the source', async () => {
    mkdirSync(project, { recursive: true });
    const local = Object.fromEntries(buildablePackages().map((name) => [`@smesec/${name}`, `file:${join(tarballs, `smesec-${name}-0.1.0.tgz`)}`]));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: local,
        // The packages depend on each other by version: take those from the tarballs too. Nothing
        // else is overridden: the manifests themselves pin @uwdata/flechette to 2.6.0 (2.7 needs a
        // package this registry does not serve), so arquero's ^2 range resolves to it.
        overrides: local,
      }),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: project, timeout: 300_000 });

    copyFileSync(fileURLToPath(new URL('./consumer.ts', import.meta.url)), join(project, 'consumer.ts'));
    // skipLibCheck: Observable Plot's own declarations need the DOM library, which a Node script
    // does not load; the script's calls are still checked against the packages' declarations.
    const tsconfig = { compilerOptions: { target: 'ES2022', lib: ['ES2023'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, types: [], outDir: 'out' }, files: ['consumer.ts'] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project });
    writeFileSync(join(project, 'run.mjs'), "import { summary } from './out/consumer.js';\nconsole.log(JSON.stringify(await summary(process.argv[2], process.argv[3])));\n");

    const data = join(ROOT, 'data/fy2024');
    const activity = join(ROOT, 'data/program-activity');
    const { stdout } = await run(process.execPath, ['run.mjs', data, activity], { cwd: project });
    const installed = JSON.parse(stdout) as unknown;
    expect(installed).toEqual(await summary(data, activity));
    expect(installed).toMatchObject({ survey: { n: 218, itc: 40 }, experts: { listed: 203 }, report: { attended: 105 } });
  }, 360_000);
});
