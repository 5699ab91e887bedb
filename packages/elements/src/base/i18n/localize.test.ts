import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CATALOG_PAIRS, de, en } from '../../all-messages.ts';
import { clientGridText } from '../../client-grid/messages.ts';
import { ticketListText } from '../../ticket-list/messages.ts';
import { commonDe } from './common.de.ts';
import { type CommonMessages, commonEn } from './common.en.ts';
import {
  loadMessages,
  localize,
  type Messages,
  messageCatalog,
  msg,
  onMessagesChange,
  registerMessages,
  resolveLocale,
} from './localize.ts';

// Runs first: the file's module state starts with no translation loaded.
describe('i18n: a locale’s translation is loaded on first use', () => {
  it('serves English until German arrives, then German, and tells the elements', async () => {
    expect(localize.ready('de')).toBe(false);
    expect(localize.ready('en')).toBe(true);
    expect(localize.ready('fr')).toBe(true);
    let changes = 0;
    const stop = onMessagesChange(() => {
      changes += 1;
    });
    // The first use starts the load and answers in English meanwhile.
    expect(msg('de', 'retry')).toBe('Retry');
    await localize.load('de-AT');
    expect(localize.ready('de')).toBe(true);
    expect(msg('de', 'retry')).toBe('Erneut versuchen');
    expect(changes).toBe(1);
    expect(clientGridText.ready('de')).toBe(false);
    await clientGridText.load('de');
    expect(clientGridText('de').clientsLabel).toBe('Kunden');
    expect(changes).toBe(2);
    stop();
  });

  it('shows English when a translation fails to load, and loads it on the next load()', async () => {
    let attempts = 0;
    const catalog = messageCatalog({
      en: { greeting: 'Hello' },
      de: async () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return { greeting: 'Hallo' };
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(catalog.ready('de')).toBe(false);
    await expect(catalog.load('de')).rejects.toThrow('Failed to fetch');
    expect(warn).toHaveBeenCalledOnce();
    // Not stuck on a skeleton: the widget renders, in English, and rendering asks nothing more.
    expect(catalog.ready('de')).toBe(true);
    expect(catalog('de').greeting).toBe('Hello');
    expect(attempts).toBe(1);
    await catalog.load('de');
    expect(catalog('de').greeting).toBe('Hallo');
    warn.mockRestore();
  });
});

describe('i18n', () => {
  beforeAll(() => loadMessages('de'));

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
    expect(localize('not a tag')).toEqual(commonEn);
  });

  it('has a German text for every English key, in every catalog', () => {
    for (const [english, german] of CATALOG_PAIRS) {
      expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
      for (const key of Object.keys(english)) expect(typeof german[key]).toBe(typeof english[key]);
    }
  });

  it('gives each widget the shared messages and its own, and no other widget’s', () => {
    expect(clientGridText('de').retry).toBe('Erneut versuchen');
    expect(clientGridText('de').clientsLabel).toBe('Kunden');
    expect(ticketListText('en').ticketsLabel).toBe('Tickets');
    expect(Object.keys(ticketListText('en'))).not.toContain('clientsLabel');
    // A key in two catalogs (a client's status, an action's name: the client/ layer's) is the
    // same message in both, so merging them loses nothing.
    const catalogs = CATALOG_PAIRS.map(([english]) => english);
    const seen = new Map<string, unknown>();
    for (const catalog of catalogs) {
      for (const [key, value] of Object.entries(catalog)) {
        if (seen.has(key)) expect(value, key).toBe(seen.get(key));
        seen.set(key, value);
      }
    }
    expect(Object.keys(en)).toHaveLength(seen.size);
    expect(de.clientsLabel).toBe('Kunden');
  });

  it('makes a catalog without every key a type error', () => {
    const { retry: _retry, ...withoutRetry } = commonDe;
    // @ts-expect-error `retry` is missing: a partial catalog does not type-check.
    const partial: CommonMessages = withoutRetry;
    expect(Object.keys(partial)).not.toContain('retry');
  });

  it('takes more locales at run time, whole or in part', () => {
    registerMessages('x-pirate', { ...en, retry: 'Heave again' } satisfies Messages);
    expect(msg('x-pirate', 'retry')).toBe('Heave again');
    expect(msg('x-pirate', 'loading')).toBe('Loading…');
    expect(clientGridText('x-pirate').retry).toBe('Heave again');

    registerMessages('x-parrot', { clientsLabel: 'Squawkers' });
    expect(clientGridText('x-parrot').clientsLabel).toBe('Squawkers');
    expect(clientGridText('x-parrot').retry).toBe('Retry');
    expect(Object.keys(ticketListText('x-parrot'))).not.toContain('clientsLabel');
  });

  it('lets a host change a few words of a shipped locale', () => {
    registerMessages('de', { ticketsLabel: 'Anfragen' });
    expect(ticketListText('de').ticketsLabel).toBe('Anfragen');
    expect(ticketListText('de-AT').ticketsLabel).toBe('Anfragen');
    expect(ticketListText('de').retry).toBe('Erneut versuchen');
    registerMessages('de', { ticketsLabel: de.ticketsLabel });
    expect(ticketListText('de').ticketsLabel).toBe('Tickets');
  });
});
