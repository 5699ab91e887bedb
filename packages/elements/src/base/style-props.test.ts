import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { type StyleProps, styleProps } from './style-props.ts';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(html``, container));

const box = (props: StyleProps) => {
  render(html`<div style=${styleProps(props)}></div>`, container);
  return container.querySelector('div')!;
};

describe('styleProps', () => {
  it('sets properties and custom properties through the CSSOM', () => {
    const element = box({ 'block-size': '120px', '--_columns': 3 });
    expect(element.style.getPropertyValue('block-size')).toBe('120px');
    expect(element.style.getPropertyValue('--_columns')).toBe('3');
  });

  it('updates changed values and removes the ones that are gone', () => {
    box({ 'block-size': '120px', transform: 'translateY(10px)' });
    const element = box({ 'block-size': '240px', transform: undefined });
    expect(element.style.getPropertyValue('block-size')).toBe('240px');
    expect(element.style.getPropertyValue('transform')).toBe('');
  });

  it('writes only what changed since its last render (a render of a windowed row or a grid restyles nothing else)', () => {
    const element = box({ 'block-size': '120px', '--_columns': 3 });
    const writes: string[] = [];
    const setProperty = element.style.setProperty.bind(element.style);
    element.style.setProperty = (name: string, value: string | null) => {
      writes.push(`${name}: ${value}`);
      setProperty(name, value);
    };
    box({ 'block-size': '120px', '--_columns': 4 });
    expect(writes).toEqual(['--_columns: 4']);
    expect(element.style.getPropertyValue('block-size')).toBe('120px');
  });

  it('refuses to be used anywhere but as a style attribute', () => {
    expect(() => render(html`<div title=${styleProps({})}></div>`, container)).toThrow(
      /style attribute/,
    );
  });
});
