/** A client's domains, for clients with web hosting, a domain or e-mail service. */
import type { Domain } from '../../types.ts';
import { asciiSlug } from '../clients.ts';
import { type ClientRecord, DAY, isoSeconds } from '../model.ts';
import { type Random, spread } from '../random.ts';
import { DOMAIN_TLDS } from '../words.ts';

export function generateDomains(
  random: Random,
  record: ClientRecord,
  referenceTime: number,
): Domain[] {
  const hasWeb = record.services.some(
    (s) =>
      s.productId.startsWith('prd_hosting') ||
      s.productId === 'prd_domain_reg' ||
      s.productId === 'prd_email_pro',
  );
  if (!hasWeb) return [];
  const base = asciiSlug(
    record.client.company?.split(' ').slice(0, 2).join(' ') ??
      `${record.client.first_name} ${record.client.last_name}`,
    '-',
  );
  const count = random.int(1, 4);
  const createdMs = Date.parse(record.client.created_at);
  const names = new Set<string>();
  const domains: Domain[] = [];
  for (const at of spread(random, createdMs, referenceTime - DAY, count)) {
    const name = `${base}${names.size > 0 && random.chance(0.4) ? `-${random.pick(['shop', 'cloud', 'app', 'mail'])}` : ''}.${random.pick(DOMAIN_TLDS)}`;
    if (names.has(name)) continue;
    names.add(name);
    const years = random.int(1, 3);
    let expires = at;
    while (expires < referenceTime - 30 * DAY) expires += years * 365 * DAY;
    const status =
      expires < referenceTime ? 'expired' : referenceTime - at < 2 * DAY ? 'pending' : 'active';
    domains.push({
      id: `dom_${random.hex(8)}`,
      name,
      status,
      created_at: isoSeconds(at),
      expires_at: isoSeconds(expires),
    });
  }
  return domains;
}
