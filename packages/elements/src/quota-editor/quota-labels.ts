import type { QuotaResource } from '@clientele/sdk';
import { numberFormat } from '../base/format/intl-cache.ts';
import type { QuotaEditorText } from './messages.ts';

/** `ram_mib` -> `RamMib`: the part of a message key after its prefix. */
export function keyPart(name: string): string {
  return name.replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** A resource's name (`quotaResource<Name>`); an unknown one (a newer server) as the API names it. */
export function resourceName(t: QuotaEditorText, resource: QuotaResource): string {
  return (t[`quotaResource${keyPart(resource)}` as keyof QuotaEditorText] as string) ?? resource;
}

/** A whole number in the locale's digits and grouping. */
export function formatCount(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * An amount of a resource with its unit (through Intl's number formatting): RAM in MiB,
 * storage in GiB, vCPUs in cores, the rest as counts.
 */
export function formatQuantity(
  t: QuotaEditorText,
  locale: string,
  resource: QuotaResource,
  value: number,
): string {
  const number = formatCount(locale, value);
  if (resource === 'ram_mib') return `${number}\u00a0${t.quotaUnitMib}`;
  if (resource === 'volume_gib') return `${number}\u00a0${t.quotaUnitGib}`;
  if (resource === 'vcpus') return t.quotaCores({ count: value, formatted: number });
  return number;
}

/** A limit: its quantity, or "Unlimited". */
export function formatLimit(
  t: QuotaEditorText,
  locale: string,
  resource: QuotaResource,
  limit: number | null,
): string {
  return limit === null ? t.quotaUnlimited : formatQuantity(t, locale, resource, limit);
}

/** The unit shown after a limit field (none for counts). */
export function unitOf(t: QuotaEditorText, resource: QuotaResource): string {
  return resource === 'ram_mib' ? t.quotaUnitMib : resource === 'volume_gib' ? t.quotaUnitGib : '';
}
