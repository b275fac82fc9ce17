import { loader } from 'vega';
import type { Loader } from 'vega';

/** A loader that refuses everything, and the list of what it was asked for. */
export interface StaticLoader {
  readonly loader: Loader;
  readonly refused: readonly string[];
}

/**
 * A Vega loader that refuses every load: charts are built at report time from inline data, so a
 * spec that names a URL or file must not reach the network or the disk. Vega catches a failed
 * load and carries on with no data, so the caller checks `refused` and fails loudly itself.
 */
export function staticLoader(): StaticLoader {
  const refused: string[] = [];
  const refuse = (uri: string) => {
    refused.push(uri);
    return Promise.reject(new Error(`static charts load no external resources (asked for ${uri})`));
  };
  const base = loader();
  return { loader: Object.assign(Object.create(base) as Loader, { load: refuse, sanitize: refuse }), refused };
}
