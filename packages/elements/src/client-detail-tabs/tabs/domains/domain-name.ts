import type { DomainFormMessages } from './form-messages.en.ts';

/*
 * A domain name as the contract's `DomainCreate.name` takes it: lowercase labels of letters,
 * digits and hyphens (neither first nor last), 1 to 63 characters each, at least two of them,
 * the last (the top-level domain) 2 to 63 letters, 4 to 253 characters in all, no trailing
 * dot. Checked here before anything is sent, so the user hears which rule a name breaks.
 *
 * Internationalised names are ACCEPTED: a name with letters outside ASCII (müller.de) is
 * turned into its ASCII form (xn--mller-kva.de, by the browser's own IDNA mapping through
 * `URL`) and that form is checked and sent. An internationalised top-level domain (.рф,
 * xn--p1ai) is REFUSED with its own message: the contract's top-level domain is letters only.
 * Case is folded and one trailing dot dropped, as DNS ignores both.
 */

export type DomainNameCheck =
  | { readonly ok: true; readonly ascii: string; readonly idn: boolean }
  | { readonly ok: false; readonly message: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^[a-z]{2,63}$/;
const ASCII_ALLOWED = /[a-z0-9.-]/;

/** Whether a character is outside ASCII (a letter for IDNA to map). */
const outsideAscii = (char: string) => (char.codePointAt(0) ?? 0) > 0x7f;

/**
 * Whether the name has an ASCII character that is not a letter, digit, hyphen or dot: refused
 * before IDNA, as `URL` would read `a/b` as the host `a`.
 */
const badAscii = (name: string) =>
  [...name].some((char) => !outsideAscii(char) && !ASCII_ALLOWED.test(char));

/** The ASCII form of a name with letters outside ASCII, or undefined when IDNA refuses it. */
function toAscii(name: string): string | undefined {
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return undefined;
  }
}

/** Checks a typed name; answers its ASCII form to send, or what is wrong, worded. */
export function checkDomainName(input: string, t: DomainFormMessages): DomainNameCheck {
  let name = input.trim().toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (!name) return { ok: false, message: t.domainNameRequired };
  if (badAscii(name)) return { ok: false, message: t.domainNameCharacters };
  const idn = [...name].some(outsideAscii);
  const ascii = idn ? toAscii(name) : name;
  if (ascii === undefined) return { ok: false, message: t.domainNameCharacters };
  if (ascii.length > 253) return { ok: false, message: t.domainNameTooLong };
  const labels = ascii.split('.');
  if (labels.some((label) => label === '')) return { ok: false, message: t.domainNameEmptyLabel };
  if (labels.length < 2) return { ok: false, message: t.domainNameNoTld };
  for (const label of labels) {
    if (label.length > 63) return { ok: false, message: t.domainNameLabelTooLong({ label }) };
    if (label.startsWith('-') || label.endsWith('-')) {
      return { ok: false, message: t.domainNameHyphen({ label }) };
    }
    if (!LABEL.test(label)) return { ok: false, message: t.domainNameCharacters };
  }
  const tld = labels.at(-1) ?? '';
  if (!TLD.test(tld)) {
    return { ok: false, message: tld.startsWith('xn--') ? t.domainNameIdnTld : t.domainNameTld };
  }
  if (ascii.length < 4) return { ok: false, message: t.domainNameTooShort };
  return { ok: true, ascii, idn };
}
