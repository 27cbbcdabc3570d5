import { describe, expect, it } from 'vitest';
import { wireAgencyName } from './vocabulary';

describe('wireAgencyName', () => {
  it('names the agency a wire lead-in names, without its place, in either script', () => {
    expect(wireAgencyName('新华社北京')).toBe('新华社');
    expect(wireAgencyName('中央社華盛頓')).toBe('中央社');
    expect(wireAgencyName('路透社倫敦')).toBe('路透社');
    expect(wireAgencyName('合眾社華盛頓')).toBe('合眾社');
    expect(wireAgencyName('叙通社')).toBe('叙通社');
  });

  it('names none where the lead-in names no agency', () => {
    expect(wireAgencyName(null)).toBeNull();
    expect(wireAgencyName('南京')).toBeNull();
  });
});
