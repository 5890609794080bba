// Load with autocannon. On a shared machine the available CPU drifts from second to second, so the
// targets take turns: each round gives every target a short slice, and a target's figures gather
// all of its slices. A drift then touches every target alike and the ratios between them hold.
import autocannon from 'autocannon';

export type LoadSettings = {duration: number; warmup: number; connections: number; rounds: number};
export type LoadTarget = {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** CPU seconds used so far by the server behind `url`, to charge each request its share. */
  cpuSeconds?: () => number | null;
};
export type Load = {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  status: string;
  /** The server's CPU time per request, in milliseconds; null where it cannot be read. */
  cpuMs: number | null;
};

type Slice = {seconds: number; latencies: number[]; statuses: Set<string>; errors: number; firstError: string; cpuSeconds: number | null};

async function slice(target: LoadTarget, seconds: number, connections: number): Promise<Slice> {
  const result: Slice = {seconds: 0, latencies: [], statuses: new Set(), errors: 0, firstError: '', cpuSeconds: null};
  const cpuBefore = target.cpuSeconds?.() ?? null;
  const options = {url: target.url, headers: target.headers ?? {}, connections, pipelining: 1, duration: seconds};
  const done = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      result.latencies.push(responseTime);
      result.statuses.add(`${String(statusCode)[0]}xx`);
    });
    instance.on('reqError', (error) => (result.firstError ||= String(error?.message ?? error)));
  });
  result.seconds = done.duration;
  result.errors = done.errors + done.timeouts;
  const cpuAfter = target.cpuSeconds?.() ?? null;
  if (cpuBefore !== null && cpuAfter !== null) result.cpuSeconds = cpuAfter - cpuBefore;
  return result;
}

const round = (n: number) => Math.round(n * 10) / 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function measureLoad(targets: LoadTarget[], settings: LoadSettings, log = console.log): Promise<Map<string, Load>> {
  for (const target of targets) await slice(target, settings.warmup, settings.connections);
  const slices = new Map<string, Slice[]>(targets.map((t) => [t.name, []]));
  const seconds = settings.duration / settings.rounds;
  for (let round = 1; round <= settings.rounds; round++) {
    log(`round ${round}/${settings.rounds}: ${targets.length} targets × ${seconds} s`);
    for (const target of targets) slices.get(target.name)!.push(await slice(target, seconds, settings.connections));
  }
  const loads = new Map<string, Load>();
  for (const target of targets) {
    const all = slices.get(target.name)!;
    const latencies = all.flatMap((s) => s.latencies).sort((a, b) => a - b);
    const statuses = new Set(all.flatMap((s) => [...s.statuses]));
    const errors = all.reduce((sum, s) => sum + s.errors, 0);
    // Every answer must be of one kind (a page, or a redirect), or the rate means nothing.
    if (statuses.size !== 1 || latencies.length === 0) {
      throw new Error(`${target.url}: answers ${[...statuses].join(', ') || 'none'} (${all.find((s) => s.firstError)?.firstError ?? ''})`);
    }
    if (errors > 0) log(`${target.name}: ${errors} connection errors (${all.find((s) => s.firstError)?.firstError})`);
    const cpu = all.every((s) => s.cpuSeconds !== null) ? all.reduce((sum, s) => sum + s.cpuSeconds!, 0) : null;
    loads.set(target.name, {
      rps: round(latencies.length / all.reduce((sum, s) => sum + s.seconds, 0)),
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      requests: latencies.length,
      errors,
      status: [...statuses][0],
      cpuMs: cpu === null ? null : Math.round((cpu * 1000 * 100) / latencies.length) / 100
    });
  }
  return loads;
}
