/**
 * The provider's reference data: client groups, configurations, regions, flavors,
 * hypervisors, service types, products with pricing plans, roles, ticket departments, unit
 * offers and the staff users. Fixed (not random), so ids are stable across seeds.
 */
import { PERMISSIONS } from '@clientele/sdk/enums';
import type {
  ClientGroup,
  Configuration,
  Department,
  Flavor,
  Hypervisor,
  Me,
  Product,
  Ref,
  Region,
  Role,
  ServiceType,
  UnitOffer,
} from '../types.ts';

/** A staff user the mocks know, with the bearer token that signs them in. */
export interface StaffUser {
  readonly token: string;
  readonly me: Me;
}

export const STAFF: readonly StaffUser[] = [
  {
    token: 'admin-token',
    me: {
      id: 'stf_admin',
      name: 'Alex Admin',
      email: 'alex.admin@provider.example',
      role: 'admin',
      permissions: [...PERMISSIONS],
      locale: 'en',
    },
  },
  {
    token: 'auditor-token',
    me: {
      id: 'stf_auditor',
      name: 'Ada Auditor',
      email: 'ada.auditor@provider.example',
      role: 'auditor',
      permissions: ['clients.read', 'tickets.read'],
      locale: 'en',
    },
  },
  {
    token: 'billing-token',
    me: {
      id: 'stf_billing',
      name: 'Bea Billing',
      email: 'bea.billing@provider.example',
      role: 'billing',
      permissions: ['clients.read', 'units.update', 'invoices.create', 'tickets.read'],
      locale: 'en',
    },
  },
  {
    token: 'support-token',
    me: {
      id: 'stf_support',
      name: 'Sam Support',
      email: 'sam.support@provider.example',
      role: 'support',
      // Proposes quota changes for a colleague with `quotas.update` to decide.
      permissions: ['clients.read', 'tickets.read', 'tickets.create', 'quotas.request'],
      locale: 'en',
    },
  },
];

/** Other staff members who appear as actors in generated history. */
export const OTHER_STAFF: readonly Ref[] = [
  { id: 'stf_jordan', name: 'Jordan Lee' },
  { id: 'stf_maria', name: 'Maria Ionescu' },
  { id: 'stf_sam', name: 'Sam Carter' },
  { id: 'stf_admin', name: 'Alex Admin' },
];

/** The actor of automatic ledger entries. */
export const SYSTEM_ACTOR: Ref = { id: 'system', name: 'Usage metering' };

export interface Catalog {
  readonly groups: readonly Omit<ClientGroup, 'clients_count'>[];
  readonly configurations: readonly Configuration[];
  readonly regions: readonly Region[];
  readonly flavors: readonly Flavor[];
  readonly hypervisors: readonly Hypervisor[];
  readonly serviceTypes: readonly ServiceType[];
  readonly products: readonly Product[];
  readonly roles: readonly Role[];
  readonly departments: readonly Department[];
  readonly unitOffers: readonly UnitOffer[];
}

const eur = (amount: string) => ({ amount, currency: 'EUR' });

function hypervisorsFor(regionId: string, code: string, count: number): Hypervisor[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { id: `hv_${code}_${n}`, name: `${code}-compute-${n}`, region_id: regionId };
  });
}

export function createCatalog(): Catalog {
  const regions: Region[] = [
    { id: 'reg_fra1', name: 'Frankfurt 1' },
    { id: 'reg_ams1', name: 'Amsterdam 1' },
    { id: 'reg_buh1', name: 'Bucharest 1' },
    { id: 'reg_lon1', name: 'London 1' },
    { id: 'reg_nyc1', name: 'New York 1' },
  ];
  return {
    groups: [
      {
        id: 'grp_default',
        name: 'Default',
        description: 'Clients who signed up without a referral.',
        is_default: true,
      },
      {
        id: 'grp_resellers',
        name: 'Resellers',
        description: 'Partners who resell our cloud.',
        is_default: false,
      },
      {
        id: 'grp_enterprise',
        name: 'Enterprise',
        description: 'Contracted accounts with a named account manager.',
        is_default: false,
      },
      {
        id: 'grp_startups',
        name: 'Startups',
        description: 'Startup programme members with promotional credit.',
        is_default: false,
      },
      {
        id: 'grp_education',
        name: 'Education & non-profit',
        description: 'Schools, universities and registered charities.',
        is_default: false,
      },
    ],
    configurations: [
      {
        id: 'cfg_default',
        name: 'Default',
        is_default: true,
        credit_limit: eur('0.00'),
        required_credit_for_new_services: eur('10.00'),
        auto_invoice: true,
        invoice_due_days: 14,
        suspend_after_overdue_days: 7,
      },
      {
        id: 'cfg_postpaid',
        name: 'Postpaid business',
        is_default: false,
        credit_limit: eur('500.00'),
        required_credit_for_new_services: eur('0.00'),
        auto_invoice: true,
        invoice_due_days: 30,
        suspend_after_overdue_days: 14,
      },
      {
        id: 'cfg_enterprise',
        name: 'Enterprise (net 45)',
        is_default: false,
        credit_limit: eur('10000.00'),
        required_credit_for_new_services: eur('0.00'),
        auto_invoice: false,
        invoice_due_days: 45,
        suspend_after_overdue_days: 60,
      },
      {
        id: 'cfg_strict_prepaid',
        name: 'Strict prepaid',
        is_default: false,
        credit_limit: eur('0.00'),
        required_credit_for_new_services: eur('50.00'),
        auto_invoice: true,
        invoice_due_days: 7,
        suspend_after_overdue_days: 3,
      },
      {
        id: 'cfg_reseller',
        name: 'Reseller',
        is_default: false,
        credit_limit: eur('2500.00'),
        required_credit_for_new_services: eur('0.00'),
        auto_invoice: true,
        invoice_due_days: 30,
        suspend_after_overdue_days: 21,
      },
    ],
    regions,
    flavors: [
      { id: 'flv_m1_tiny', name: 'm1.tiny', vcpus: 1, ram_mib: 512, disk_gib: 10 },
      { id: 'flv_m1_small', name: 'm1.small', vcpus: 1, ram_mib: 2048, disk_gib: 20 },
      { id: 'flv_m1_medium', name: 'm1.medium', vcpus: 2, ram_mib: 4096, disk_gib: 40 },
      { id: 'flv_m1_large', name: 'm1.large', vcpus: 4, ram_mib: 8192, disk_gib: 80 },
      { id: 'flv_m1_xlarge', name: 'm1.xlarge', vcpus: 8, ram_mib: 16384, disk_gib: 160 },
      { id: 'flv_c2_large', name: 'c2.large', vcpus: 8, ram_mib: 8192, disk_gib: 40 },
      { id: 'flv_r2_large', name: 'r2.large', vcpus: 4, ram_mib: 32768, disk_gib: 80 },
      { id: 'flv_g1_a100', name: 'g1.a100', vcpus: 16, ram_mib: 131072, disk_gib: 500 },
    ],
    hypervisors: [
      ...hypervisorsFor('reg_fra1', 'fra1', 8),
      ...hypervisorsFor('reg_ams1', 'ams1', 6),
      ...hypervisorsFor('reg_buh1', 'buh1', 4),
      ...hypervisorsFor('reg_lon1', 'lon1', 5),
      ...hypervisorsFor('reg_nyc1', 'nyc1', 6),
    ],
    serviceTypes: [
      { id: 'st_cloud', name: 'Cloud (OpenStack)' },
      { id: 'st_hosting', name: 'Web hosting' },
      { id: 'st_domain', name: 'Domain' },
      { id: 'st_dedicated', name: 'Dedicated server' },
      { id: 'st_backup', name: 'Backup' },
      { id: 'st_email', name: 'Email' },
    ],
    products: [
      {
        id: 'prd_cloud_payg',
        name: 'Cloud pay-as-you-go',
        service_type_id: 'st_cloud',
        plans: [
          {
            id: 'pln_cloud_monthly',
            name: 'Monthly',
            cycle: { unit: 'month', multiplier: 1 },
            price: eur('0.00'),
          },
          {
            id: 'pln_cloud_hourly',
            name: 'Hourly',
            cycle: { unit: 'hour', multiplier: 1 },
            price: eur('0.00'),
          },
        ],
      },
      {
        id: 'prd_hosting_starter',
        name: 'Hosting Starter',
        service_type_id: 'st_hosting',
        plans: [
          {
            id: 'pln_hosting_starter_m',
            name: 'Monthly',
            cycle: { unit: 'month', multiplier: 1 },
            price: eur('4.90'),
          },
          {
            id: 'pln_hosting_starter_y',
            name: 'Yearly',
            cycle: { unit: 'year', multiplier: 1 },
            price: eur('49.00'),
          },
        ],
      },
      {
        id: 'prd_hosting_pro',
        name: 'Hosting Pro',
        service_type_id: 'st_hosting',
        plans: [
          {
            id: 'pln_hosting_pro_m',
            name: 'Monthly',
            cycle: { unit: 'month', multiplier: 1 },
            price: eur('9.90'),
          },
          {
            id: 'pln_hosting_pro_q',
            name: 'Quarterly',
            cycle: { unit: 'month', multiplier: 3 },
            price: eur('27.90'),
          },
          {
            id: 'pln_hosting_pro_y',
            name: 'Yearly',
            cycle: { unit: 'year', multiplier: 1 },
            price: eur('99.00'),
          },
        ],
      },
      {
        id: 'prd_domain_reg',
        name: 'Domain registration',
        service_type_id: 'st_domain',
        plans: [
          {
            id: 'pln_domain_1y',
            name: '1 year',
            cycle: { unit: 'year', multiplier: 1 },
            price: eur('12.00'),
          },
          {
            id: 'pln_domain_2y',
            name: '2 years',
            cycle: { unit: 'year', multiplier: 2 },
            price: eur('22.00'),
          },
        ],
      },
      {
        id: 'prd_dedicated_e5',
        name: 'Dedicated E5-2680',
        service_type_id: 'st_dedicated',
        plans: [
          {
            id: 'pln_dedicated_e5_m',
            name: 'Monthly',
            cycle: { unit: 'month', multiplier: 1 },
            price: eur('89.00'),
          },
          {
            id: 'pln_dedicated_e5_y',
            name: 'Yearly',
            cycle: { unit: 'year', multiplier: 1 },
            price: eur('960.00'),
          },
          {
            id: 'pln_dedicated_setup',
            name: 'Setup fee',
            cycle: { unit: 'one_time', multiplier: 1 },
            price: eur('49.00'),
          },
        ],
      },
      {
        id: 'prd_backup_100',
        name: 'Backup 100 GB',
        service_type_id: 'st_backup',
        plans: [
          {
            id: 'pln_backup_100_m',
            name: 'Monthly',
            cycle: { unit: 'month', multiplier: 1 },
            price: eur('5.00'),
          },
        ],
      },
      {
        id: 'prd_email_pro',
        name: 'Email Pro (5 mailboxes)',
        service_type_id: 'st_email',
        plans: [
          {
            id: 'pln_email_pro_m',
            name: 'Monthly',
            cycle: { unit: 'month', multiplier: 1 },
            price: eur('6.50'),
          },
          {
            id: 'pln_email_pro_y',
            name: 'Yearly',
            cycle: { unit: 'year', multiplier: 1 },
            price: eur('65.00'),
          },
        ],
      },
    ],
    roles: [
      { id: 'role_owner', name: 'Owner', builtin: true, permissions: ['*'] },
      {
        id: 'role_member',
        name: 'Member',
        builtin: true,
        permissions: ['services.view', 'resources.manage', 'tickets.manage'],
      },
      {
        id: 'role_billing',
        name: 'Billing contact',
        builtin: false,
        permissions: ['billing.view', 'billing.pay', 'invoices.download'],
      },
      {
        id: 'role_technical',
        name: 'Technical contact',
        builtin: false,
        permissions: ['services.view', 'resources.manage', 'tickets.manage', 'ssh_keys.manage'],
      },
      {
        id: 'role_readonly',
        name: 'Read-only',
        builtin: false,
        permissions: ['services.view', 'billing.view'],
      },
    ],
    departments: [
      { id: 'dep_technical', name: 'Technical support' },
      { id: 'dep_billing', name: 'Billing' },
      { id: 'dep_sales', name: 'Sales' },
      { id: 'dep_abuse', name: 'Abuse' },
    ],
    unitOffers: [
      {
        id: 'off_trial_100',
        name: 'Trial, 100 units',
        units: '100',
        unit: 'unit',
        price: eur('0.00'),
        validity_days: 30,
      },
      {
        id: 'off_starter_1000',
        name: 'Starter pack, 1000 units',
        units: '1000',
        unit: 'unit',
        price: eur('45.00'),
        validity_days: 365,
      },
      {
        id: 'off_business_10000',
        name: 'Business pack, 10000 units',
        units: '10000',
        unit: 'unit',
        price: eur('400.00'),
        validity_days: null,
      },
      {
        id: 'off_burst_250',
        name: 'Burst, 250.5 units',
        units: '250.5',
        unit: 'unit',
        price: eur('12.50'),
        validity_days: 7,
      },
    ],
  };
}
