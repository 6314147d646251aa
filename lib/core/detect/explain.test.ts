import { describe, expect, it } from 'vitest';
import { explain } from './explain';

describe('explain', () => {
  it('says which grammar read a citation and which rule accepted it', () => {
    const out = explain('Under Article 6 of the Minamata Convention, parties register exemptions.');
    expect(out).toContain('Language: en (guessed from the text)');
    expect(out).toMatch(/"Article" \[article\]: taken — attributed to the Minamata Convention by name/);
    expect(out).toMatch(/minamata:art6\s+\(en grammar\)\s+"Article 6"/);
    expect(out).toMatch(/1 citation\(s\): minamata:art6$/);
  });

  it('says why a phrase was rejected, and when a keyword is not a citation start', () => {
    const out = explain("L'article 4 de la Convention de Bâle. Cet article est court.", 'fr');
    expect(out).toContain('Language: fr');
    expect(out).toMatch(/\[article\]: rejected — attributed to another instrument/);
    expect(out).toMatch(/"article": not a citation start/);
    expect(out).toMatch(/0 citation\(s\): —$/);
  });
});
