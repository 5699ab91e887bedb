export type { Me, Permission } from '@clientele/sdk';
/** Every permission the contract defines, in the spec's order (generated from the spec). */
export { PERMISSIONS } from '@clientele/sdk/enums';
