/**
 * The parts of `<client-activity-tab>` its first paint does not need, each a relative dynamic
 * `import()`: the filters' controls, loaded as soon as the tab connects. One object, so a
 * test can make a load fail.
 */
export const activityTabParts = {
  toolbar: () => import('./activity-toolbar.ts'),
};
