import type { Configuration } from '@clientele/sdk';
import { html, nothing } from 'lit';
import {
  CONFIGURATION_FIELDS,
  FIELD_LABELS,
  fieldText,
  sameValue,
} from './configuration-fields.ts';
import type { ConfigurationTabText } from './messages.ts';

export interface ProfileView {
  readonly t: ConfigurationTabText;
  readonly locale: string;
  readonly configuration: Configuration;
  /** The configuration marked `is_default` (undefined when none is). */
  readonly fallback: Configuration | undefined;
}

/** How many settings of `configuration` differ from the default's. */
export function countOverrides(configuration: Configuration, fallback: Configuration | undefined) {
  if (!fallback || fallback.id === configuration.id) return 0;
  return CONFIGURATION_FIELDS.filter((field) => !sameValue(field, configuration, fallback)).length;
}

/**
 * The client's billing profile beside the default configuration's: a row per setting, the
 * client's value marked "Override" (in words, not colour only) where it differs from the
 * default's. A line above says which configuration the client uses and how many settings
 * differ.
 */
export function renderProfile(view: ProfileView) {
  const { t, locale, configuration, fallback } = view;
  const isDefault = fallback?.id === configuration.id;
  const overrides = countOverrides(configuration, fallback);
  const clientHeader = t.configurationClient({ name: configuration.name });
  const defaultHeader = fallback
    ? t.configurationDefault({ name: fallback.name })
    : t.configurationNoDefault;
  // Each value's column name, shown only when the rows are stacked (the header row is hidden).
  const label = (text: string) => html`<span class="cell-label" aria-hidden="true">${text}</span>`;
  return html`<p class="summary" part="summary">${
    isDefault
      ? t.configurationUsesDefault({ name: configuration.name })
      : t.configurationUsesOther({ name: configuration.name, overrides })
  }</p>
    <table part="table" class="profile">
      <caption class="visually-hidden">${t.configurationLabel}</caption>
      <thead>
        <tr>
          <th scope="col">${t.configurationSetting}</th>
          <th scope="col">${clientHeader}</th>
          <th scope="col">${defaultHeader}</th>
        </tr>
      </thead>
      <tbody>
        ${CONFIGURATION_FIELDS.map((field) => {
          const override =
            fallback !== undefined && !isDefault && !sameValue(field, configuration, fallback);
          return html`<tr part="row" data-field=${field} data-override=${override ? 'true' : nothing}>
            <th scope="row">${t[FIELD_LABELS[field]] as string}</th>
            <td class="value ${override ? 'override' : ''}">${label(clientHeader)}
              <span class="value-text">${fieldText(t, locale, field, configuration)}</span>
              ${override ? html`<span part="override" class="override-mark">${t.configurationOverride}</span>` : nothing}
            </td>
            <td class="value default">${label(defaultHeader)}${
              fallback
                ? fieldText(t, locale, field, fallback)
                : html`<span class="muted">${t.configurationNoDefaultValue}</span>`
            }</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}
