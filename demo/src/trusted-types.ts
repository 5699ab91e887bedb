/**
 * The portal is served with a strict Content-Security-Policy that requires Trusted Types.
 * The widgets need nothing for that (Lit renders through its own `lit-html` policy); only
 * the mock backend's service worker registration passes a script URL, so the portal allows
 * exactly that one URL through a default policy.
 */
interface TrustedTypesLike {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

export function allowMockWorkerScript(workerPath: string): void {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes || trustedTypes.defaultPolicy) return;
  trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      if (new URL(url, location.href).pathname === workerPath) return url;
      throw new TypeError(`Script URL not allowed by the portal: ${url}`);
    },
  });
}
