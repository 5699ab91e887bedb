/** True when the portal runs the in-browser mock backend (no API_URL given). */
declare const __CLIENTELE_USE_MOCKS__: boolean;
/** API_TOKEN from the environment, for a real backend; empty with the mocks. */
declare const __CLIENTELE_TOKEN__: string;
/** MOCKS_REFERENCE_TIME from the environment (now, today or RFC 3339); empty for today. */
declare const __CLIENTELE_REFERENCE_TIME__: string;
