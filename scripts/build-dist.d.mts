/** Types for scripts/build-dist.mjs, which the tests import. */
export function bundleAction(outdir: string): Promise<void>;
export function differingFiles(a: string, b: string): Promise<string[]>;
