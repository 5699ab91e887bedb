/** English messages of the Configuration tab's change form (loaded with it). */
export const configurationFormEn = {
  configurationChangeTitle: 'Change the billing configuration',
  configurationChangeMessage:
    'The client takes every setting of the configuration you choose. Compare before saving.',
  configurationChoose: 'Configuration',
  configurationCurrentMark: (p: { name: string }) => `${p.name} (current)`,
  configurationDefaultMark: (p: { name: string }) => `${p.name} (default)`,
  configurationChooseOther: 'Choose a configuration other than the current one.',
  configurationPreviewNow: (p: { name: string }) => `Now: ${p.name}`,
  configurationPreviewAfter: (p: { name: string }) => `After saving: ${p.name}`,
  configurationChanges: 'Changes',
  configurationUnchanged: 'Unchanged',
  configurationSave: 'Save',
  configurationSaveFailed: 'The configuration could not be changed.',
  configurationConflictTitle: 'Changed by someone else meanwhile',
  configurationConflictMessage:
    "This client's configuration was changed after you opened this form. The server's version is shown beside your choice: apply your choice over it, or discard your choice.",
  configurationConflictServer: (p: { name: string }) => `On the server now: ${p.name}`,
  configurationConflictYours: (p: { name: string }) => `Your choice: ${p.name}`,
  configurationReapply: 'Apply my choice',
  configurationDiscard: 'Discard my choice',
  configurationDiscarded: "Your choice was discarded; the server's configuration is shown.",
};

export type ConfigurationFormMessages = typeof configurationFormEn;
