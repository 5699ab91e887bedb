/** The gzip size of an entry as a host's app build bundles it (scripts/bundle.ts, as `pnpm size`). */
import { bundleEntry } from '../../scripts/bundle.ts';

export interface BundleSize {
  initialGzip: number;
  lazyGzip: number;
}

export async function bundleSize(entry: string): Promise<BundleSize> {
  const { initial, lazy } = await bundleEntry(entry);
  return {
    initialGzip: initial.gzip,
    lazyGzip: lazy.reduce((sum, chunk) => sum + chunk.sizes.gzip, 0),
  };
}
