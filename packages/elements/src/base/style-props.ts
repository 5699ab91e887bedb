import { noChange } from 'lit';
import {
  type AttributePart,
  Directive,
  directive,
  type PartInfo,
  PartType,
} from 'lit/directive.js';

/** CSS properties by their CSS names (`block-size`, `--_grid-columns`). */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Sets inline style properties through the CSSOM only (`style.setProperty`), never by writing
 * the `style` attribute. Lit's `styleMap` writes the attribute on its first render, which a
 * Content-Security-Policy without `style-src 'unsafe-inline'` refuses; property writes through
 * the CSSOM are allowed, so widgets using this keep working under a strict policy.
 *
 * Use it as the whole value of a `style` attribute: `style=${styleProps({...})}`.
 */
class StylePropsDirective extends Directive {
  /** What this directive set last, by property: an unchanged value is not written again. */
  #set = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProps() must be the whole value of a style attribute.');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.#set.keys()) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.#set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      const text = String(value);
      if (this.#set.get(name) === text) continue;
      style.setProperty(name, text);
      this.#set.set(name, text);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
