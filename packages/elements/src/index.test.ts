import { describe, expect, it } from 'vitest';
import * as elements from './index.ts';

describe('@clientele/elements', () => {
  it('registers its tags with its classes', () => {
    expect(customElements.get('clientele-provider')).toBe(elements.ClienteleProvider);
    expect(customElements.get('clientele-state')).toBe(elements.ClienteleState);
  });

  it('registers nothing twice when loaded again', async () => {
    await import('./define/clientele-provider.ts');
    expect(() => elements.defineElement('clientele-state', elements.ClienteleState)).not.toThrow();
  });

  it('lets a host register a class under its own tag', () => {
    class PortalState extends elements.ClienteleState {}
    elements.defineElement('portal-state', PortalState);
    expect(document.createElement('portal-state')).toBeInstanceOf(elements.ClienteleState);
  });
});
