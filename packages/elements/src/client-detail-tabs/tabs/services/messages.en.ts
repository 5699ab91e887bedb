import type { BillingCycle } from '@clientele/sdk';

/** English messages of <client-services-tab>'s first paint (its forms' are in `form-messages.en.ts`). */
export const servicesTabEn = {
  servicesLabel: 'Services',
  servicesTotal: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 service' : `${p.formatted} services`,
  servicesEmptyTitle: 'No services',
  servicesEmptyMessage: 'This client has not ordered any service yet.',
  servicesColumnService: 'Service',
  servicesColumnPlan: 'Plan',
  servicesColumnPrice: 'Price',
  servicesColumnStatus: 'Status',
  servicesColumnNextDue: 'Next due',
  servicesColumnTask: 'Pending task',
  servicesColumnActions: 'Actions',
  servicesOpen: (p: { product: string }) => `Open service ${p.product}`,
  /** A billing cycle in words: "Monthly", "Every 3 months", "One time". */
  servicesCycle: (p: BillingCycle) => {
    const m = p.multiplier;
    switch (p.unit) {
      case 'one_time':
        return 'One time';
      case 'hour':
        return m === 1 ? 'Hourly' : `Every ${m} hours`;
      case 'month':
        return m === 1 ? 'Monthly' : `Every ${m} months`;
      case 'year':
        return m === 1 ? 'Yearly' : `Every ${m} years`;
    }
  },
  /** A price's cycle after the amount: "per month", "per 3 months", "once". */
  servicesPerCycle: (p: BillingCycle) => {
    const m = p.multiplier;
    switch (p.unit) {
      case 'one_time':
        return 'once';
      case 'hour':
        return m === 1 ? 'per hour' : `per ${m} hours`;
      case 'month':
        return m === 1 ? 'per month' : `per ${m} months`;
      case 'year':
        return m === 1 ? 'per year' : `per ${m} years`;
    }
  },
  servicesStatusPending: 'Pending',
  servicesStatusActive: 'Active',
  servicesStatusSuspended: 'Suspended',
  servicesStatusTerminated: 'Terminated',
  servicesStatusCancelled: 'Cancelled',
  servicesTaskProvision: 'Provisioning',
  servicesTaskChangePlan: 'Changing plan',
  servicesTaskTerminate: 'Terminating',
  servicesNone: 'None',
  servicesNoDueDate: 'Not due',
  servicesCloudPanel: 'Cloud project',
  servicesProjectId: 'Project ID',
  servicesProjectDomainId: 'Project domain ID',
  servicesRegion: 'Region',
  servicesNoRegion: 'Not known',
  servicesChangePlan: 'Change plan',
  servicesChangePlanOf: (p: { product: string }) => `Change plan of ${p.product}`,
  servicesTerminate: 'Terminate',
  servicesTerminateOf: (p: { product: string }) => `Terminate ${p.product}`,
  servicesNotPermitted: "Your account may see this client's services but not change them.",
  servicesEnded: 'A terminated or cancelled service cannot be changed.',
  servicesPlanChanged: (p: { product: string; plan: string }) =>
    `${p.product} is now on the plan ${p.plan}.`,
  servicesTerminated: (p: { product: string }) => `${p.product} was terminated.`,
};

export type ServicesTabMessages = typeof servicesTabEn;
