/** Builds API `Service` objects from the compact service facts kept per client. */
import type { BillingCycle, Client, Ref, Service } from '../types.ts';
import type { Catalog } from './catalog.ts';
import { DAY, HOUR, isoSeconds, type ServiceSpec } from './model.ts';
import { fromEur, money } from './money.ts';

function addCycle(ms: number, cycle: BillingCycle): number {
  const date = new Date(ms);
  switch (cycle.unit) {
    case 'hour':
      return ms + cycle.multiplier * HOUR;
    case 'month':
      date.setUTCMonth(date.getUTCMonth() + cycle.multiplier);
      return date.getTime();
    case 'year':
      date.setUTCFullYear(date.getUTCFullYear() + cycle.multiplier);
      return date.getTime();
    case 'one_time':
      return Number.POSITIVE_INFINITY;
  }
}

/** The first cycle boundary after `now`, counting from activation. */
function nextDue(activatedMs: number, cycle: BillingCycle, now: number): number | null {
  if (cycle.unit === 'one_time') return null;
  if (cycle.unit === 'hour') return Math.ceil((now + 1) / HOUR) * HOUR;
  let due = activatedMs;
  // At most a few hundred iterations (monthly over decades).
  while (due <= now) due = addCycle(due, cycle);
  return due;
}

/**
 * The API `Service` of a service spec. `referenceTime` (epoch ms, the dataset's) is the
 * "now" its next due and invoice dates are counted from. `region` is where the cloud
 * service's project runs (the region of the client's instances); other services have none.
 */
export function toService(
  spec: ServiceSpec,
  client: Client,
  catalog: Catalog,
  referenceTime: number,
  region: Ref | null = null,
): Service {
  const product = catalog.products.find((p) => p.id === spec.productId)!;
  const plan = product.plans.find((p) => p.id === spec.planId)!;
  const type = catalog.serviceTypes.find((t) => t.id === product.service_type_id)!;
  const running = spec.status === 'active' || spec.status === 'suspended';
  const due =
    running && spec.activatedMs !== null
      ? nextDue(spec.activatedMs, plan.cycle, referenceTime)
      : null;
  const lead = plan.cycle.unit === 'year' ? 14 * DAY : plan.cycle.unit === 'month' ? 7 * DAY : 0;
  const isCloud = spec.projectId !== null;
  return {
    id: spec.id,
    type: { id: type.id, name: type.name },
    product: { id: product.id, name: product.name },
    plan: { id: plan.id, name: plan.name },
    cycle: { ...plan.cycle },
    price: money(fromEur(plan.price.amount, client.currency), client.currency),
    status: spec.status,
    activated_at: spec.activatedMs === null ? null : isoSeconds(spec.activatedMs),
    suspended_at: spec.suspendedMs === null ? null : isoSeconds(spec.suspendedMs),
    next_due_at: due === null ? null : isoSeconds(due),
    next_invoice_at: due === null ? null : isoSeconds(Math.max(due - lead, referenceTime)),
    pending_task: spec.pendingTask,
    project_id: isCloud ? spec.projectId : null,
    project_domain_id: isCloud ? 'default' : null,
    region: isCloud && region ? { ...region } : null,
  };
}

/** True for services that count towards `services_count` and the `has_services` filters. */
export function isLiveService(spec: ServiceSpec): boolean {
  return spec.status !== 'terminated' && spec.status !== 'cancelled';
}
