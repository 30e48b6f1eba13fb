import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

describe('login throttle', () => {
  it('blocks an address after too many failures within the window, then lets it go', () => {
    let now = 0;
    const t = new LoginThrottle(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(t.blocked('1.2.3.4')).toBe(false);
      t.recordFailure('1.2.3.4');
    }
    expect(t.blocked('1.2.3.4')).toBe(true);
    expect(t.blocked('5.6.7.8')).toBe(false);
    now = 1001;
    expect(t.blocked('1.2.3.4')).toBe(false);
  });
});
