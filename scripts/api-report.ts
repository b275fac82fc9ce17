/**
 * The public API of every package, recorded by API Extractor in `reports/api/<package>.api.md`
 * (one report per entry point of the published `exports`), so that a change to it shows in review.
 *
 * `pnpm api:check` fails when the built declarations differ from the checked-in reports;
 * `pnpm api:update` rewrites them. Both build first (`pnpm build` is incremental).
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel, type IConfigFile } from '@microsoft/api-extractor';
import { build, buildablePackages } from './build.js';
import { isMain, ROOT } from './paths.js';

/** Where the checked-in reports live. */
export const API_REPORT_DIR = join(ROOT, 'reports', 'api');

export interface EntryPoint {
  /** Folder name under `packages/`. */
  readonly folder: string;
  /** The subpath of `exports` (`.`, `./node`, `./browser`). */
  readonly subpath: string;
  /** The built declaration file of that subpath. */
  readonly types: string;
  /** The report's base name: `survey`, `survey-node`, `experts-browser`. */
  readonly report: string;
}

interface Manifest {
  publishConfig?: { exports?: Record<string, { types?: string }> };
}

/** Every published entry point, read from each package's `publishConfig.exports`. */
export function entryPoints(): EntryPoint[] {
  return buildablePackages().flatMap((folder) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'packages', folder, 'package.json'), 'utf8')) as Manifest;
    return Object.entries(pkg.publishConfig?.exports ?? {}).flatMap(([subpath, target]) =>
      target.types ? [{ folder, subpath, types: target.types, report: subpath === '.' ? folder : `${folder}-${subpath.slice(2).replaceAll('/', '-')}` }] : [],
    );
  });
}

export interface ApiReportOptions {
  /** Write the reports instead of comparing with them. */
  update?: boolean;
  /** Where reports are written when comparing (`.api.md` files named like the checked-in ones). */
  tempDir?: string;
  /** The checked-in reports. */
  reportDir?: string;
  /** Build the packages first (a forced build). Default true; false when they were just built and no source changed since. */
  build?: boolean;
}

export interface ApiReportResult {
  /** Reports whose content differs from the checked-in file (or that did not exist). */
  readonly changed: readonly string[];
  /** Every report name. */
  readonly reports: readonly string[];
  /** Errors API Extractor found (an entry point it could not analyse). */
  readonly errors: number;
}

/** A node_modules folder of links to the packages, for `paths` to resolve through. */
const linkDir = (tempDir: string) => join(tempDir, 'node_modules', '@smesec');

function linkPackages(tempDir: string): void {
  const dir = linkDir(tempDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const folder of buildablePackages()) symlinkSync(join(ROOT, 'packages', folder), join(dir, folder), 'dir');
}

function configOf(entry: EntryPoint, all: readonly EntryPoint[], tempDir: string, reportDir: string): IConfigFile {
  const projectFolder = join(ROOT, 'packages', entry.folder);
  // Sibling packages resolve to their built declarations, as they would once published (the
  // workspace's own exports point at TypeScript source, which API Extractor does not analyse),
  // through a node_modules path so that they count as external packages, not as this one's code.
  const paths = Object.fromEntries(all.map((e) => [`@smesec/${e.folder}${e.subpath.slice(1)}`, [join(linkDir(tempDir), e.folder, e.types)]]));
  return {
    projectFolder,
    mainEntryPointFilePath: join(projectFolder, entry.types),
    compiler: {
      overrideTsconfig: {
        compilerOptions: { target: 'ES2022', lib: ['ES2023'], module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], strict: true, skipLibCheck: true, preserveSymlinks: true, paths },
        files: all.map((e) => join(ROOT, 'packages', e.folder, e.types)),
      },
    },
    apiReport: { enabled: true, reportFileName: entry.report, reportFolder: reportDir, reportTempFolder: tempDir, includeForgottenExports: false },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      extractorMessageReporting: {
        default: { logLevel: ExtractorLogLevel.Warning, addToApiReportFile: true },
        // The packages do not tag release stages: every export is public.
        'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
        // The report marks undocumented items inline; a list of them at the end would only repeat it.
        'ae-undocumented': { logLevel: ExtractorLogLevel.None },
      },
      // Doc comments are written for TypeDoc and editors, not checked against TSDoc's tag set.
      tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
    },
  };
}

/** Build, then compare (or update) the API report of every published entry point. */
export function apiReport({ update = false, tempDir = join(ROOT, 'node_modules', '.cache', 'api-report'), reportDir = API_REPORT_DIR, build: rebuild = true }: ApiReportOptions = {}): ApiReportResult {
  // A forced build: declarations emitted by an incremental build can order union members differently.
  if (rebuild) build({ force: true });
  mkdirSync(reportDir, { recursive: true });
  const changed: string[] = [];
  const reports: string[] = [];
  let errors = 0;
  const entries = entryPoints();
  linkPackages(tempDir);
  const prepare = (entry: EntryPoint) =>
    ExtractorConfig.prepare({ configObject: configOf(entry, entries, tempDir, reportDir), configObjectFullPath: undefined, packageJsonFullPath: join(ROOT, 'packages', entry.folder, 'package.json') });
  // One compiler program for every entry point: analysing the declarations once is most of the work.
  const compilerState = CompilerState.create(prepare(entries[0]!));
  for (const entry of entries) {
    const result = Extractor.invoke(prepare(entry), {
      localBuild: update,
      compilerState,
      messageCallback: (message) => {
        // Only errors matter on the console; warnings are written into the report itself.
        if (message.logLevel !== ExtractorLogLevel.Error) message.logLevel = ExtractorLogLevel.None;
      },
    });
    reports.push(entry.report);
    errors += result.errorCount;
    if (result.apiReportChanged) changed.push(entry.report);
  }
  return { changed, reports, errors };
}

if (isMain(import.meta.url)) {
  const update = process.argv.includes('--update');
  const { changed, reports, errors } = apiReport({ update });
  if (errors > 0) process.exitCode = 1;
  else if (changed.length === 0) console.log(`API reports: ${reports.length} entry points, unchanged`);
  else if (update) console.log(`API reports updated: ${changed.join(', ')}`);
  else {
    console.error(`The public API changed in: ${changed.join(', ')}.\nReview the differences, then run pnpm api:update and commit reports/api/*.api.md.`);
    process.exitCode = 1;
  }
}
