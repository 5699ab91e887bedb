import { css } from 'lit';
import { themeStyles, tokenStyles } from './tokens.ts';

/**
 * What every visual component starts from: tokens, theme, typography on the host, and the
 * shared helpers below. Logical properties throughout, so right-to-left layouts mirror.
 *
 * Every element is `border-box` outright, not `box-sizing: inherit`: an explicitly inherited
 * value ties each element's style to its parent's, so Chromium cannot reuse a computed style
 * (its matched-properties cache) and restyles every descendant of an element that changed.
 * With `inherit`, a grid row moved on a scroll jump restyled all its cells at about 55 µs
 * each, 18 ms a frame at 100,000 clients; with `border-box`, 1.3 ms (bench/README.md).
 */
export const hostStyles = [
  tokenStyles,
  themeStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font-family);
      font-size: var(--_font-size-m);
      line-height: var(--_line-height);
      color: var(--_color-text);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    /* Server text takes its own direction (dir=auto) but lines up with its neighbours. */
    [dir='auto'] {
      text-align: -webkit-match-parent; /* Chromium and WebKit */
      text-align: match-parent;
    }
  `,
];

/** Hidden on screen, still read by assistive technology. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** A visible ring on keyboard focus only. */
export const focusRingStyles = css`
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: var(--_focus-ring-offset);
  }
`;

/** `<button class="button">` (secondary) and `<button class="button primary">`. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: var(--_control-size);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-l);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_color-surface-sunken);
  }
  .button.primary {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .button.primary:hover {
    border-color: var(--_color-accent-hover);
    background: var(--_color-accent-hover);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;

/** Everything above, for a component that wants the full base. */
export const baseStyles = [...hostStyles, visuallyHiddenStyles, focusRingStyles, buttonStyles];
