type Entry = {value?: {kind: string; headers?: Record<string, unknown>} | null} | null;

export default class CspCacheHandler {
  constructor(ctx: {fs: unknown; serverDistDir: string; flushToDisk?: boolean; revalidatedTags?: string[]; maxMemoryCacheSize?: number});
  get(key: string, ctx: Record<string, unknown>): Promise<Entry>;
  set(key: string, data: Record<string, unknown> | null, ctx: Record<string, unknown>): Promise<void>;
}
