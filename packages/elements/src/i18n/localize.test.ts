import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en, type Messages } from './en.ts';
import { localize, msg, registerMessages, resolveLocale } from './localize.ts';

describe('i18n', () => {
  it('gives English and German messages', () => {
    expect(msg('en', 'retry')).toBe('Retry');
    expect(msg('de', 'retry')).toBe('Erneut versuchen');
    expect(localize('de').forbiddenTitle).toBe('Zugriff verweigert');
  });

  it('fills in parameters', () => {
    expect(msg('en', 'requestId', { id: 'req_1' })).toBe('Request ID: req_1');
    expect(msg('de', 'requestId', { id: 'req_1' })).toBe('Anfrage-ID: req_1');
    expect(localize('de').fieldError({ field: 'email', message: 'ungültig' })).toBe(
      'email: ungültig',
    );
  });

  it('serves regional tags from their language and anything unknown in English', () => {
    expect(resolveLocale('de-AT')).toBe('de');
    expect(resolveLocale('DE_ch')).toBe('de');
    expect(resolveLocale('fr-FR')).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(msg('fr', 'loading')).toBe('Loading…');
    expect(msg('de-DE', 'loading')).toBe('Wird geladen…');
    expect(localize('not a tag')).toBe(en);
  });

  it('has a German text for every English key', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof Messages>) {
      expect(typeof de[key]).toBe(typeof en[key]);
    }
  });

  it('makes a catalog without every key a type error', () => {
    const { retry: _retry, ...withoutRetry } = de;
    // @ts-expect-error `retry` is missing: a partial catalog does not type-check.
    const partial: Messages = withoutRetry;
    expect(Object.keys(partial)).not.toContain('retry');
  });

  it('takes more locales at run time', () => {
    registerMessages('x-pirate', { ...en, retry: 'Heave again' });
    expect(msg('x-pirate', 'retry')).toBe('Heave again');
    expect(msg('x-pirate', 'loading')).toBe('Loading…');
  });
});
