import type {
  ClienteleClient,
  UnitBalance,
  UnitBalanceUpdate,
  UnitEntry,
  UnitEntryCreate,
  UnitOffer,
} from '@clientele/sdk';
import { readVersioned, updateVersioned, type Versioned } from '@clientele/sdk/versioned';

/** The calls of the ledger's forms; each POST carries the caller's Idempotency-Key. */

const path = (clientId: string) => ({ client_id: clientId });

export async function createEntry(
  api: ClienteleClient,
  clientId: string,
  body: UnitEntryCreate,
  key: string,
  signal: AbortSignal,
): Promise<UnitEntry> {
  const { data } = await api.POST('/clients/{client_id}/units/entries', {
    params: { path: path(clientId), header: { 'Idempotency-Key': key } },
    body,
    signal,
  });
  if (!data) throw new Error('createClientUnitEntry returned no body');
  return data;
}

export async function reverseEntry(
  api: ClienteleClient,
  clientId: string,
  entryId: string,
  reason: string,
  key: string,
  signal: AbortSignal,
): Promise<UnitEntry> {
  const { data } = await api.POST('/clients/{client_id}/units/entries/{entry_id}/reverse', {
    params: {
      path: { client_id: clientId, entry_id: entryId },
      header: { 'Idempotency-Key': key },
    },
    body: { reason },
    signal,
  });
  if (!data) throw new Error('reverseClientUnitEntry returned no body');
  return data;
}

export async function listOffers(api: ClienteleClient, signal: AbortSignal): Promise<UnitOffer[]> {
  const { data } = await api.GET('/unit-offers', { params: { query: { limit: 200 } }, signal });
  return data?.items ?? [];
}

export async function applyOffer(
  api: ClienteleClient,
  clientId: string,
  offerId: string,
  key: string,
  signal: AbortSignal,
): Promise<UnitEntry> {
  const { data } = await api.POST('/clients/{client_id}/units/offers/{offer_id}/apply', {
    params: {
      path: { client_id: clientId, offer_id: offerId },
      header: { 'Idempotency-Key': key },
    },
    signal,
  });
  if (!data) throw new Error('applyClientUnitOffer returned no body');
  return data;
}

export function readLimits(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<Versioned<UnitBalance>> {
  return readVersioned(api, '/clients/{client_id}/units/balance', {
    params: { path: path(clientId) },
    signal,
  });
}

export function saveLimits(
  api: ClienteleClient,
  clientId: string,
  body: UnitBalanceUpdate,
  etag: string,
  signal: AbortSignal,
): Promise<Versioned<UnitBalance>> {
  return updateVersioned(api, 'PATCH', '/clients/{client_id}/units/balance', {
    params: { path: path(clientId) },
    body,
    etag,
    signal,
  });
}
