import { describe, expect, it } from 'vitest';
import { recoveryText } from './controller';

describe('the notice after the browser lost the list', () => {
  it('says how many items there were, from when the backup is and how many came back', () => {
    const text = recoveryText('en', { at: 2, expected: 45, restored: 40, backupAt: Date.UTC(2026, 10, 30, 12) });
    expect(text).toMatch(/^Your browser lost the saved list \(it held 45 references\)\. It was restored from the automatic backup of .*2026.*: 40 references are back\.$/);
  });

  it('without a backup, says so and points to a JSON export', () => {
    expect(recoveryText('fr', { at: 2, expected: 3, restored: 0, backupAt: null })).toContain('aucune sauvegarde automatique');
    expect(recoveryText('en', { at: 2, expected: 3, restored: 0, backupAt: null })).toContain('Import your last JSON export');
  });
});
