import { describe, expect, it } from 'vitest';
import * as elements from './index.ts';

describe('@clientele/elements', () => {
  it('registers its tags with its classes', () => {
    expect(customElements.get('clientele-provider')).toBe(elements.ClienteleProvider);
    expect(customElements.get('clientele-state')).toBe(elements.ClienteleState);
  });

  it('registers each widget when the page first uses it, with the exported class', async () => {
    expect(customElements.get('client-grid')).toBeUndefined();
    const grid = document.createElement('client-grid');
    document.body.append(grid);
    await customElements.whenDefined('client-grid');
    expect(customElements.get('client-grid')).toBe(elements.ClientGrid);
    expect(grid).toBeInstanceOf(elements.ClientGrid);
    grid.remove();
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
