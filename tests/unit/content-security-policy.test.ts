import { describe, expect, it } from 'vitest';
import { extensionPagesCsp, SHIPPED_EXTENSION_PAGES_CSP } from '../../scripts/content-security-policy';
import { cspProblems } from '../security/build-checks';

describe('extensionPagesCsp', () => {
  it('ships a policy that allows only Tend’s own files and no connection at all', () => {
    expect(extensionPagesCsp('build')).toBe(SHIPPED_EXTENSION_PAGES_CSP);
    expect(SHIPPED_EXTENSION_PAGES_CSP).toBe(
      "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'",
    );
    expect(cspProblems(SHIPPED_EXTENSION_PAGES_CSP)).toEqual([]);
  });

  it('lets only the dev server (command "serve") reach WXT on this machine, with scripts still Tend’s own', () => {
    const dev = extensionPagesCsp('serve');
    expect(dev).toContain("connect-src 'self' http://localhost:* ws://localhost:*");
    expect(dev).toContain("script-src 'self'");
    expect(dev).toContain("object-src 'none'");
  });
});
