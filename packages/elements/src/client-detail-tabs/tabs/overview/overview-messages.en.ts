import { clientFieldsEn } from '../../../client/field-messages.en.ts';
import { clientStatusEn } from '../../../client/status-messages.en.ts';

/** English messages of the Overview panel (loaded with it). */
export const overviewEn = {
  ...clientFieldsEn,
  ...clientStatusEn,
  overviewLabel: 'Client overview',
  groupPersonal: 'Personal details',
  groupCompany: 'Company and address',
  groupBilling: 'Billing',
  groupAccount: 'Account',
};

export type OverviewMessages = typeof overviewEn;
