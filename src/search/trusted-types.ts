/**
 * Every page's policy requires Trusted Types for scripts
 * (src/integrations/content-security-policy.ts): no string reaches an HTML
 * or script sink unless a policy let it through. The site itself writes no
 * HTML from strings (search excerpts are text nodes and <mark> elements). The
 * one sink in use is Pagefind's `new Worker(url)` on the search page, and
 * Pagefind passes a string, which only a policy named "default" can accept:
 * this one accepts that one URL and nothing else.
 */
interface ScriptUrlPolicyOptions {
  createScriptURL(input: string): string | null;
}

interface TrustedTypePolicyFactory {
  createPolicy(name: string, options: ScriptUrlPolicyOptions): unknown;
  readonly defaultPolicy: unknown;
}

declare global {
  interface Window {
    /** Absent in browsers without Trusted Types, which then enforce nothing. */
    readonly trustedTypes?: TrustedTypePolicyFactory;
  }
}

/** The name the policy goes by in the CSP's trusted-types directive. */
export const defaultPolicyName = 'default';

export function allowPagefindWorker(base: string): void {
  const factory = window.trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  const worker = new URL(`${base}pagefind/pagefind-worker.js`, location.href).href;
  factory.createPolicy(defaultPolicyName, {
    createScriptURL: (input) => (new URL(input, location.href).href === worker ? input : null),
  });
}
