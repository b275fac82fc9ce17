import { loader } from 'vega';
import type { Loader } from 'vega';

/**
 * A Vega loader that refuses every load: charts are built at report time from inline data, and a
 * spec that names a URL or file must fail loudly rather than reach the network or the disk.
 */
export function staticLoader(): Loader {
  const base = loader();
  const refuse = (uri: string) => Promise.reject(new Error(`static charts load no external resources (asked for ${uri})`));
  return Object.assign(Object.create(base) as Loader, { load: refuse, sanitize: refuse });
}
