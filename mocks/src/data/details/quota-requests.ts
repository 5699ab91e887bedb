/**
 * A client's quota change requests: staff proposals to raise limits, with a reason, some still
 * pending and some decided. Generated from the client's own stream (`quota-requests`), apart
 * from its details, so adding them changed no other generated data.
 */
import type { QuotaLimits, QuotaRequest, QuotaSet } from '../../types.ts';
import { OTHER_STAFF } from '../catalog.ts';
import { DAY, isoSeconds } from '../model.ts';
import { Random } from '../random.ts';

const REASONS = [
  'The client is moving its staging environment to us next week.',
  'Black Friday load test: they need headroom for two weeks.',
  'New region rollout; the account manager agreed to the increase.',
  'They keep hitting the limit during nightly builds.',
  'Migration from their old provider, planned with the client.',
] as const;

const REJECTIONS = [
  'Please attach the capacity plan the client sent.',
  'Their unpaid invoices need settling first.',
] as const;

/** Resources a request may raise, with the step it raises them by. */
const RAISES = [
  ['instances', 5],
  ['vcpus', 16],
  ['ram_mib', 32768],
  ['volume_gib', 500],
  ['floating_ips', 2],
] as const;

/** The people who propose changes (not the signed-in admin, who decides them). */
const REQUESTERS = OTHER_STAFF.filter((staff) => staff.id !== 'stf_admin');

function raisedLimits(random: Random, quotas: QuotaSet): QuotaLimits {
  const limits: QuotaLimits = {};
  const count = random.int(1, 2);
  const start = random.int(0, RAISES.length - 1);
  for (let i = 0; i < count; i++) {
    const [resource, step] = RAISES[(start + i) % RAISES.length]!;
    const quota = quotas.items.find((q) => q.resource === resource);
    if (!quota) continue;
    // From what the API never changes (the default and the usage), so the same whenever the
    // requests are first read, whatever limits were set before; above any limit the quota
    // generator seeds (the default, twice the default, or half again the usage).
    const needed = quota.in_use + quota.reserved;
    const seededAtMost = Math.max(
      2 * (quota.default_limit ?? 0),
      Math.ceil((needed * 1.5) / 5) * 5,
    );
    limits[resource] = seededAtMost + step;
  }
  return limits;
}

/**
 * The requests of one client, newest first: a pending one for about one client with
 * instances in four, and an older decided one for some.
 */
export function generateQuotaRequests(
  seed: number,
  clientId: string,
  quotas: QuotaSet,
  hasInstances: boolean,
  referenceTime: number,
): QuotaRequest[] {
  if (!hasInstances) return [];
  const random = Random.for(seed, clientId, 'quota-requests');
  const requests: QuotaRequest[] = [];
  const make = (ageDays: number): QuotaRequest => ({
    id: random.id('qr_', 10),
    client_id: clientId,
    status: 'pending',
    limits: raisedLimits(random, quotas),
    reason: random.pick(REASONS),
    requested_by: { ...random.pick(REQUESTERS) },
    created_at: isoSeconds(referenceTime - ageDays * DAY - random.int(0, 86_000) * 1000),
    decided_by: null,
    decided_at: null,
    decision_reason: null,
  });
  if (random.chance(0.25)) requests.push(make(random.int(0, 3)));
  if (random.chance(0.3)) {
    const decided = make(random.int(10, 60));
    const approved = random.chance(0.6);
    decided.status = approved ? 'approved' : 'rejected';
    decided.decided_by = { id: 'stf_admin', name: 'Alex Admin' };
    decided.decided_at = isoSeconds(Date.parse(decided.created_at) + random.int(1, 48) * 3_600_000);
    decided.decision_reason = approved ? null : random.pick(REJECTIONS);
    requests.push(decided);
  }
  return requests;
}
