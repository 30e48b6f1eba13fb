// autocannon ships no types; only the part the benchmark uses.
declare module 'autocannon' {
  interface Histogram {
    average: number;
    total: number;
    p50: number;
    p99: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  function autocannon(opts: { url: string; headers?: Record<string, string>; duration: number; connections: number; pipelining?: number }): Promise<Result>;
  export default autocannon;
}
