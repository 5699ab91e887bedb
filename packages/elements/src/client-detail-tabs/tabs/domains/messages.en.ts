/** English messages of <client-domains-tab>'s first paint (its form's are in `form-messages.en.ts`). */
export const domainsTabEn = {
  domainsLabel: 'Domains',
  domainsTotal: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 domain' : `${p.formatted} domains`,
  domainsEmptyTitle: 'No domains',
  domainsEmptyMessage: 'Register a domain name for this client.',
  domainsColumnId: 'ID',
  domainsColumnName: 'Domain',
  domainsColumnExpires: 'Expires',
  domainsRegister: 'Register domain',
  domainsNotPermitted: 'Your account may see domains but not register them.',
  domainsRegistered: (p: { name: string }) =>
    `${p.name} was registered; it is pending until the registry confirms.`,
  domainStatusActive: 'Active',
  domainStatusPending: 'Pending',
  domainStatusExpired: 'Expired',
};

export type DomainsTabMessages = typeof domainsTabEn;
