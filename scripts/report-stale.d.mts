/** Whether the compiled report command `bundle` is missing or older than one of its inputs under `root`. */
export function isStale(bundle: string, root: string): boolean;
