/** English messages of the Services tab's forms (loaded with them). */
export const servicesFormEn = {
  servicesPlanTitle: (p: { product: string }) => `Change the plan of ${p.product}`,
  servicesPlanMessage:
    'A service moves between the plans of its own product; its billing cycle and price follow the plan.',
  servicesPlanProduct: (p: { product: string }) => `Plans of ${p.product}`,
  servicesPlanCurrent: 'current plan',
  servicesPlanLoading: 'Loading the plans…',
  servicesPlanLoadFailed: 'The plans could not be loaded.',
  servicesPlanNoProduct: 'This product is no longer offered: it has no plans to choose from.',
  servicesPlanChooseOther: 'Choose a plan other than the current one.',
  servicesPlanSubmit: 'Change plan',
  servicesPlanFailed: 'The plan could not be changed.',
  servicesPlanRefused:
    'This service can no longer change plan: it was terminated or cancelled meanwhile. The list is read again when you close this dialog.',
  servicesPriceNow: 'Now',
  servicesPriceNew: 'After the change',
  servicesPriceDifference: 'Difference',
  servicesPriceSame: 'No difference per cycle',
  servicesCyclesDiffer: (p: { from: string; to: string }) =>
    `The billing cycles differ (${p.from} now, ${p.to} after the change), so no difference per cycle is computed: compare the two prices with their cycles.`,
  servicesCurrenciesDiffer: (p: { from: string; to: string }) =>
    `The prices are in different currencies (${p.from} and ${p.to}), so no difference is computed.`,
  servicesTerminateTitle: (p: { product: string }) => `Terminate ${p.product}?`,
  servicesTerminateMessage:
    'The service stops at once and cannot be resumed. The termination and its reason are recorded in the activity log.',
  servicesConfirmLabel: (p: { product: string; id: string }) =>
    `Type "${p.product}" or the service ID ${p.id} to confirm`,
  servicesConfirmMismatch: (p: { product: string }) =>
    `Type "${p.product}" or the service ID exactly as shown.`,
  servicesReasonLabel: 'Reason (optional)',
  servicesReasonHint: 'Recorded in the activity log; at most 500 characters.',
  servicesTerminateSubmit: 'Terminate service',
  servicesTerminateFailed: 'The service could not be terminated.',
  servicesTerminateRefused:
    'This service is terminated already. The list is read again when you close this dialog.',
};

export type ServicesFormMessages = typeof servicesFormEn;
