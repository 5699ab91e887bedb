/** The ledger's scale: amounts carry at most this many fraction digits (the spec's `UnitAmount`). */
export const UNIT_SCALE = 4;
