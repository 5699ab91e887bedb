/**
 * English messages of <quota-editor>'s first paint (the table, its fields and the save bar);
 * the dialogs, the conflict view and the change requests have theirs in
 * `quota-parts-messages.en.ts`, loaded with them.
 */
export const quotaEditorEn = {
  quotasLabel: 'Quotas',
  quotaResourceInstances: 'Instances',
  quotaResourceVcpus: 'vCPUs',
  quotaResourceRamMib: 'RAM',
  quotaResourceVolumes: 'Volumes',
  quotaResourceVolumeGib: 'Volume storage',
  quotaResourceSnapshots: 'Snapshots',
  quotaResourceImages: 'Images',
  quotaResourceNetworksPublic: 'Public networks',
  quotaResourceNetworksPrivate: 'Private networks',
  quotaResourceRouters: 'Routers',
  quotaResourceFloatingIps: 'Floating IPs',
  quotaResourcePorts: 'Ports',
  quotaResourceSecurityGroups: 'Security groups',
  quotaResourceUsers: 'Users',
  quotaUnitMib: 'MiB',
  quotaUnitGib: 'GiB',
  quotaCores: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 core' : `${p.formatted} cores`,
  quotaColumnResource: 'Resource',
  quotaColumnInUse: 'In use',
  quotaColumnReserved: 'Reserved',
  quotaColumnUsage: 'Usage',
  quotaColumnLimit: 'Limit',
  quotaColumnDefault: 'Default',
  quotaUnlimited: 'Unlimited',
  quotaNoLimit: 'No limit',
  quotaUsageOf: (p: { used: string; limit: string; percent: string }) =>
    `${p.used} of ${p.limit} (${p.percent})`,
  quotaOverLimit: 'Over the limit',
  quotaLimitFor: (p: { resource: string }) => `${p.resource} limit`,
  quotaUnlimitedFor: (p: { resource: string }) => `${p.resource}: unlimited`,
  quotaIncrease: (p: { resource: string }) => `Increase ${p.resource} limit`,
  quotaDecrease: (p: { resource: string }) => `Decrease ${p.resource} limit`,
  quotaUndoEdit: (p: { resource: string }) => `Undo the ${p.resource} edit`,
  quotaResetDefault: (p: { resource: string }) => `Reset ${p.resource} to its default`,
  quotaReset: 'Reset',
  quotaEdited: 'Edited',
  quotaWas: (p: { value: string }) => `Was ${p.value}`,
  quotaLimitRequired: 'Enter a limit, or switch on Unlimited.',
  quotaLimitNotNumber: 'Use digits only (0–9).',
  quotaLimitNegative: 'A limit cannot be negative.',
  quotaLimitDecimal: 'Use a whole number, without decimals.',
  quotaLimitGrouping: 'Type the digits without separators.',
  quotaLimitTooLarge: (p: { max: string }) => `The largest limit is ${p.max}.`,
  quotaBelowUsage: (p: { usage: string }) =>
    `Below what is in use and reserved (${p.usage}): saving needs your confirmation.`,
  quotaKeyboardHint: 'Arrow Up and Down change a limit, Enter saves, Escape undoes the field.',
  quotaSave: 'Review and save…',
  quotaSaving: 'Saving…',
  quotaPropose: 'Propose change…',
  quotaUndoAll: 'Undo all edits',
  quotaResetAll: 'Reset all to defaults…',
  quotaChangedCount: (p: { count: number }) =>
    p.count === 0 ? 'No changes' : p.count === 1 ? '1 limit changed' : `${p.count} limits changed`,
  quotaFixErrors: (p: { count: number }) =>
    p.count === 1 ? 'Fix 1 limit before saving.' : `Fix ${p.count} limits before saving.`,
  quotaReadOnly: 'Read only: these limits cannot be changed here.',
  quotaNotPermitted: 'Your account may view these limits but not change them.',
  quotaRequestsUnavailable: 'The change requests could not be loaded.',
};

export type QuotaEditorMessages = typeof quotaEditorEn;
