import { describe, expect, it } from 'vitest';
import { mask, maskBankAccount, maskIdNumber, maskName, maskPhone, maskUnlessOwner } from './mask.js';

describe('masking sensitive fields', () => {
  it('masks phones as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('*****');
  });
  it('masks ID numbers keeping region and last four', () => {
    expect(maskIdNumber('51050219900101123X')).toBe('510502********123X');
    expect(maskIdNumber('123')).toBe('***');
  });
  it('masks bank accounts and names', () => {
    expect(maskBankAccount('6222 0212 3456 7890')).toBe('************7890');
    expect(maskName('明洪强')).toBe('明**');
    expect(maskName('王')).toBe('*');
  });
  it('passes null and empty through', () => {
    expect(mask('phone', null)).toBeNull();
    expect(mask('phone', '')).toBe('');
    expect(mask('idNumber', undefined)).toBeNull();
  });
  it('shows the owner the full value and everyone else the mask', () => {
    expect(maskUnlessOwner('phone', '13812345678', 'u1', 'u1')).toBe('13812345678');
    expect(maskUnlessOwner('phone', '13812345678', 'u1', 'u2')).toBe('138****5678');
    expect(maskUnlessOwner('phone', '13812345678', 'u1', null)).toBe('138****5678');
  });
});
