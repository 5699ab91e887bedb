/**
 * WCAG 2 contrast of colours as the browser computed them, for tests that check what is
 * drawn (a badge on a hovered row) rather than the tokens alone.
 */

type Rgb = readonly [number, number, number];

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–255 channels and alpha. */
export function parseColor(value: string): { rgb: Rgb; alpha: number } {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  if (value.startsWith('color(srgb')) {
    const [r = 0, g = 0, b = 0, alpha = 1] = numbers;
    return { rgb: [r * 255, g * 255, b * 255], alpha };
  }
  const [r = 0, g = 0, b = 0, alpha = 1] = numbers;
  return { rgb: [r, g, b], alpha };
}

/** `top` with its alpha (times `opacity`) over an opaque `bottom`. */
export function over(top: string, bottom: Rgb, opacity = 1): Rgb {
  const { rgb, alpha } = parseColor(top);
  const a = alpha * opacity;
  return [0, 1, 2].map((i) => rgb[i]! * a + bottom[i]! * (1 - a)) as unknown as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The opaque background drawn behind an element: its own and its ancestors' backgrounds
 * (across shadow roots), blended from `page` up.
 */
export function backgroundOf(element: Element, page: Rgb): Rgb {
  const layers: string[] = [];
  for (let node: Element | null = element; node; node = parentOf(node)) {
    layers.push(getComputedStyle(node).backgroundColor);
  }
  return layers.reduceRight<Rgb>((below, layer) => over(layer, below), page);
}

/**
 * The contrast of an element's text on what is drawn behind it. An element (or ancestor) at
 * partial opacity fades both over `page` (an approximation: the page is the backdrop).
 */
export function textContrast(element: Element, page: Rgb): number {
  const background = backgroundOf(element, page);
  const text = over(getComputedStyle(element).color, background);
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentOf(node)) {
    opacity *= Number(getComputedStyle(node).opacity);
  }
  const fade = (color: Rgb) => over(`rgb(${color.join(',')})`, page, opacity);
  return contrast(fade(text), fade(background));
}

function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}
