/** English messages of <client-domains-tab>'s register form (loaded with it). */
export const domainFormEn = {
  domainRegisterTitle: 'Register a domain',
  domainRegisterMessage: 'The domain is pending until the registry confirms it.',
  domainRegisterSubmit: 'Register',
  domainRegisterFailed: 'The domain was not registered',
  domainNameLabel: 'Domain name',
  domainNameHint:
    'Labels of letters, digits and hyphens separated by dots, ending in a top-level domain of letters (example.com). Internationalised names (müller.de) are accepted and registered in their ASCII (xn--) form.',
  domainNameAscii: (p: { ascii: string }) => `Registered as ${p.ascii}`,
  domainYearsLabel: 'Registration period',
  domainYears: (p: { years: number }) => (p.years === 1 ? '1 year' : `${p.years} years`),
  domainNameRequired: 'Enter a domain name.',
  domainNameTooLong: 'A domain name has at most 253 characters.',
  domainNameTooShort: 'A domain name has at least 4 characters.',
  domainNameNoTld: 'Add a top-level domain, such as .com or .de.',
  domainNameEmptyLabel: 'Remove the empty part between two dots.',
  domainNameLabelTooLong: (p: { label: string }) =>
    `"${p.label}" is longer than 63 characters, the most a part of a domain name may have.`,
  domainNameCharacters: 'Use only letters, digits, hyphens and dots.',
  domainNameHyphen: (p: { label: string }) => `"${p.label}" may not start or end with a hyphen.`,
  domainNameTld: 'The top-level domain must be 2 to 63 letters.',
  domainNameIdnTld:
    'Internationalised top-level domains (such as .рф) cannot be registered here: the top-level domain must be in Latin letters.',
  domainTaken: (p: { name: string }) => `${p.name} is already registered. Choose another name.`,
};

export type DomainFormMessages = typeof domainFormEn;
