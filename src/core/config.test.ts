import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

describe('configuration', () => {
  it('defaults to port 3000 and SQLite under ./data', () => {
    const c = parseConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.database).toEqual({ kind: 'sqlite', file: path.resolve('data', 'livebase.sqlite') });
    expect(c.demoPassword).toBe('livebase-demo');
    expect(c.session.secureCookies).toBe(false);
  });

  it('reads every documented variable', () => {
    const c = parseConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      LIVEBASE_DATA_DIR: '/var/lib/livebase',
      DATABASE_URL: 'postgres://u@db:5432/livebase',
      LIVEBASE_DEMO_PASSWORD: 'another-demo',
      LIVEBASE_PUBLIC_ORIGIN: 'https://livebase.example.cn/',
      LIVEBASE_TRUST_PROXY: 'true',
      LIVEBASE_SESSION_IDLE_MINUTES: '30',
    });
    expect(c.port).toBe(8080);
    expect(c.dataDir).toBe('/var/lib/livebase');
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/livebase', poolMax: 10 });
    expect(c.publicOrigin).toBe('https://livebase.example.cn');
    expect(c.session).toMatchObject({ idleMinutes: 30, secureCookies: true });
    expect(c.trustProxy).toBe(true);
    expect(c.demoPassword).toBe('another-demo');
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '' }).database.kind).toBe('sqlite');
  });

  it('refuses bad values with one clear line naming the variable', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => parseConfig({ LIVEBASE_DEMO_PASSWORD: 'short' })).toThrow(/LIVEBASE_DEMO_PASSWORD/);
    expect(() => parseConfig({ LIVEBASE_TRUST_PROXY: 'maybe' })).toThrow(/LIVEBASE_TRUST_PROXY/);
    expect(() => parseConfig({ LIVEBASE_PUBLIC_ORIGIN: 'not a url' })).toThrow(/LIVEBASE_PUBLIC_ORIGIN/);
  });
});
