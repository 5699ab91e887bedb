import type { Service, ServiceStatus } from '@clientele/sdk';
import type { ServicesTabMessages } from './messages.en.ts';

/** A service's status in words, and the tone its badge repeats it in (the text says it). */
export const SERVICE_STATUS: Readonly<
  Record<ServiceStatus, { key: keyof ServicesTabMessages; tone: string }>
> = {
  pending: { key: 'servicesStatusPending', tone: 'blue' },
  active: { key: 'servicesStatusActive', tone: 'green' },
  suspended: { key: 'servicesStatusSuspended', tone: 'amber' },
  terminated: { key: 'servicesStatusTerminated', tone: 'red' },
  cancelled: { key: 'servicesStatusCancelled', tone: 'grey' },
};

export function statusText(t: ServicesTabMessages, status: ServiceStatus): string {
  const entry = SERVICE_STATUS[status];
  return entry ? (t[entry.key] as string) : status;
}

/** The pending tasks this version words; another task shows as its code. */
const TASKS: Readonly<Record<string, keyof ServicesTabMessages>> = {
  provision: 'servicesTaskProvision',
  change_plan: 'servicesTaskChangePlan',
  terminate: 'servicesTaskTerminate',
};

export function taskText(t: ServicesTabMessages, task: string): string {
  const key = Object.hasOwn(TASKS, task) ? TASKS[task] : undefined;
  return key ? (t[key] as string) : task;
}

/** A terminated or cancelled service: nothing about it can change any more. */
export function hasEnded(service: Pick<Service, 'status'>): boolean {
  return service.status === 'terminated' || service.status === 'cancelled';
}

/** The cloud service: the one with an OpenStack project. */
export function isCloudService(service: Pick<Service, 'project_id'>): boolean {
  return service.project_id !== null;
}
