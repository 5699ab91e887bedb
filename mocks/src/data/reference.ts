/** Per-country facts the generator draws from (the word lists are in `words.ts`). */

export interface CountryInfo {
  readonly code: string;
  readonly currency: string;
  readonly language: string;
  readonly timezone: string;
  readonly phonePrefix: string;
  /** VAT rate as a decimal string ('0.19'); '0' where no VAT applies to staff invoices. */
  readonly taxRate: string;
  readonly vatPrefix: string | null;
  readonly zip: () => string;
  readonly cities: readonly (readonly [city: string, state: string | null])[];
  readonly companySuffixes: readonly string[];
  readonly weight: number;
}

type DigitSource = (length: number) => string;

/** Country facts; `zip` is filled in with a digit source by {@link countries}. */
function makeCountries(digits: DigitSource): CountryInfo[] {
  return [
    {
      code: 'DE',
      currency: 'EUR',
      language: 'de',
      timezone: 'Europe/Berlin',
      phonePrefix: '+49',
      taxRate: '0.19',
      vatPrefix: 'DE',
      zip: () => digits(5),
      cities: [
        ['Berlin', null],
        ['Munich', 'Bavaria'],
        ['Hamburg', null],
        ['Frankfurt am Main', 'Hesse'],
        ['Cologne', 'North Rhine-Westphalia'],
      ],
      companySuffixes: ['GmbH', 'AG', 'UG'],
      weight: 14,
    },
    {
      code: 'FR',
      currency: 'EUR',
      language: 'fr',
      timezone: 'Europe/Paris',
      phonePrefix: '+33',
      taxRate: '0.20',
      vatPrefix: 'FR',
      zip: () => digits(5),
      cities: [
        ['Paris', null],
        ['Lyon', null],
        ['Marseille', null],
        ['Toulouse', null],
        ['Nantes', null],
      ],
      companySuffixes: ['SAS', 'SARL', 'SA'],
      weight: 9,
    },
    {
      code: 'NL',
      currency: 'EUR',
      language: 'nl',
      timezone: 'Europe/Amsterdam',
      phonePrefix: '+31',
      taxRate: '0.21',
      vatPrefix: 'NL',
      zip: () =>
        `${digits(4)} ${String.fromCharCode(65 + (Number(digits(2)) % 26))}${String.fromCharCode(65 + (Number(digits(2)) % 26))}`,
      cities: [
        ['Amsterdam', 'North Holland'],
        ['Rotterdam', 'South Holland'],
        ['Utrecht', 'Utrecht'],
        ['Eindhoven', 'North Brabant'],
      ],
      companySuffixes: ['B.V.', 'N.V.'],
      weight: 7,
    },
    {
      code: 'RO',
      currency: 'RON',
      language: 'ro',
      timezone: 'Europe/Bucharest',
      phonePrefix: '+40',
      taxRate: '0.19',
      vatPrefix: 'RO',
      zip: () => digits(6),
      cities: [
        ['Bucharest', null],
        ['Cluj-Napoca', 'Cluj'],
        ['Iasi', 'Iasi'],
        ['Timisoara', 'Timis'],
        ['Brasov', 'Brasov'],
      ],
      companySuffixes: ['SRL', 'SA'],
      weight: 8,
    },
    {
      code: 'GB',
      currency: 'GBP',
      language: 'en',
      timezone: 'Europe/London',
      phonePrefix: '+44',
      taxRate: '0.20',
      vatPrefix: 'GB',
      zip: () => `EC${Number(digits(1)) + 1}A ${digits(1)}BB`,
      cities: [
        ['London', null],
        ['Manchester', null],
        ['Edinburgh', 'Scotland'],
        ['Bristol', null],
        ['Leeds', null],
      ],
      companySuffixes: ['Ltd', 'PLC', 'LLP'],
      weight: 10,
    },
    {
      code: 'US',
      currency: 'USD',
      language: 'en',
      timezone: 'America/New_York',
      phonePrefix: '+1',
      taxRate: '0',
      vatPrefix: null,
      zip: () => digits(5),
      cities: [
        ['New York', 'NY'],
        ['Austin', 'TX'],
        ['Seattle', 'WA'],
        ['Denver', 'CO'],
        ['Chicago', 'IL'],
        ['San Jose', 'CA'],
      ],
      companySuffixes: ['Inc.', 'LLC', 'Corp.'],
      weight: 14,
    },
    {
      code: 'CA',
      currency: 'CAD',
      language: 'en',
      timezone: 'America/Toronto',
      phonePrefix: '+1',
      taxRate: '0.13',
      vatPrefix: null,
      zip: () => `M${digits(1)}V ${digits(1)}K${digits(1)}`,
      cities: [
        ['Toronto', 'ON'],
        ['Montreal', 'QC'],
        ['Vancouver', 'BC'],
      ],
      companySuffixes: ['Inc.', 'Ltd.'],
      weight: 4,
    },
    {
      code: 'ES',
      currency: 'EUR',
      language: 'es',
      timezone: 'Europe/Madrid',
      phonePrefix: '+34',
      taxRate: '0.21',
      vatPrefix: 'ES',
      zip: () => digits(5),
      cities: [
        ['Madrid', 'Madrid'],
        ['Barcelona', 'Catalonia'],
        ['Valencia', 'Valencia'],
      ],
      companySuffixes: ['S.L.', 'S.A.'],
      weight: 5,
    },
    {
      code: 'IT',
      currency: 'EUR',
      language: 'it',
      timezone: 'Europe/Rome',
      phonePrefix: '+39',
      taxRate: '0.22',
      vatPrefix: 'IT',
      zip: () => digits(5),
      cities: [
        ['Milan', 'MI'],
        ['Rome', 'RM'],
        ['Turin', 'TO'],
        ['Bologna', 'BO'],
      ],
      companySuffixes: ['S.r.l.', 'S.p.A.'],
      weight: 5,
    },
    {
      code: 'SE',
      currency: 'SEK',
      language: 'sv',
      timezone: 'Europe/Stockholm',
      phonePrefix: '+46',
      taxRate: '0.25',
      vatPrefix: 'SE',
      zip: () => `${digits(3)} ${digits(2)}`,
      cities: [
        ['Stockholm', null],
        ['Gothenburg', null],
        ['Malmo', null],
      ],
      companySuffixes: ['AB'],
      weight: 4,
    },
    {
      code: 'PL',
      currency: 'PLN',
      language: 'pl',
      timezone: 'Europe/Warsaw',
      phonePrefix: '+48',
      taxRate: '0.23',
      vatPrefix: 'PL',
      zip: () => `${digits(2)}-${digits(3)}`,
      cities: [
        ['Warsaw', null],
        ['Krakow', null],
        ['Wroclaw', null],
        ['Gdansk', null],
      ],
      companySuffixes: ['Sp. z o.o.', 'S.A.'],
      weight: 5,
    },
    {
      code: 'CH',
      currency: 'CHF',
      language: 'de',
      timezone: 'Europe/Zurich',
      phonePrefix: '+41',
      taxRate: '0.081',
      vatPrefix: 'CHE',
      zip: () => digits(4),
      cities: [
        ['Zurich', 'ZH'],
        ['Geneva', 'GE'],
        ['Basel', 'BS'],
      ],
      companySuffixes: ['AG', 'GmbH', 'SA'],
      weight: 3,
    },
    {
      code: 'IE',
      currency: 'EUR',
      language: 'en',
      timezone: 'Europe/Dublin',
      phonePrefix: '+353',
      taxRate: '0.23',
      vatPrefix: 'IE',
      zip: () => `D0${digits(1)} X${digits(3)}`,
      cities: [
        ['Dublin', null],
        ['Cork', null],
      ],
      companySuffixes: ['Ltd', 'DAC'],
      weight: 2,
    },
    {
      code: 'CZ',
      currency: 'CZK',
      language: 'cs',
      timezone: 'Europe/Prague',
      phonePrefix: '+420',
      taxRate: '0.21',
      vatPrefix: 'CZ',
      zip: () => `${digits(3)} ${digits(2)}`,
      cities: [
        ['Prague', null],
        ['Brno', null],
      ],
      companySuffixes: ['s.r.o.', 'a.s.'],
      weight: 3,
    },
    {
      code: 'AU',
      currency: 'AUD',
      language: 'en',
      timezone: 'Australia/Sydney',
      phonePrefix: '+61',
      taxRate: '0.10',
      vatPrefix: null,
      zip: () => digits(4),
      cities: [
        ['Sydney', 'NSW'],
        ['Melbourne', 'VIC'],
        ['Brisbane', 'QLD'],
      ],
      companySuffixes: ['Pty Ltd'],
      weight: 3,
    },
    {
      code: 'JP',
      currency: 'JPY',
      language: 'ja',
      timezone: 'Asia/Tokyo',
      phonePrefix: '+81',
      taxRate: '0.10',
      vatPrefix: null,
      zip: () => `${digits(3)}-${digits(4)}`,
      cities: [
        ['Tokyo', 'Tokyo'],
        ['Osaka', 'Osaka'],
      ],
      companySuffixes: ['K.K.', 'G.K.'],
      weight: 2,
    },
  ];
}

export function countries(digits: DigitSource): CountryInfo[] {
  return makeCountries(digits);
}

/** ISO 4217 minor units for the currencies the dataset uses (2 unless listed). */
const MINOR_UNITS: Readonly<Record<string, number>> = { JPY: 0 };

export function currencyScale(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** Value of one unit of the currency in EUR, as exact decimal strings (rates of a fixed day). */
export const EUR_RATES: Readonly<Record<string, string>> = {
  EUR: '1',
  USD: '0.92',
  GBP: '1.17',
  RON: '0.2',
  CAD: '0.68',
  SEK: '0.088',
  PLN: '0.23',
  CHF: '1.05',
  CZK: '0.04',
  AUD: '0.61',
  JPY: '0.0062',
};

const TAX_RATES: ReadonlyMap<string, string> = new Map(
  makeCountries(() => '0').map((c) => [c.code, c.taxRate]),
);

/** The VAT/sales-tax rate staff invoices apply for a client's country ('0' when unknown). */
export function taxRateFor(country: string): string {
  return TAX_RATES.get(country) ?? '0';
}
