// How things read on the page: types and predicates in words, colours per type, qualifiers.
import type { EntityType, Fact } from './api.ts';

export const TYPE_COLOURS: Record<EntityType, string> = {
  ORGANIZATION: '#2f6fb3',
  PERSON: '#b3472f',
  PLACE: '#2f8f4e',
  AWARD: '#c08a00',
  PROJECT: '#7a4fb3',
  EVENT: '#b32f7a',
  DOCUMENT: '#5d6b75',
};

/** "1 fact", "2 facts" */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

export function typeLabel(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase();
}

export function predicateLabel(predicate: string): string {
  return predicate.replace(/_/g, ' ');
}

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatConfidence(confidence: number | null): string {
  return confidence === null ? 'confidence unknown' : `confidence ${confidence.toFixed(2)}`;
}

/** "year 2011 · 29.300.000 USD · role chủ trì" (`via`, an entity id, is shown as a link by facts.ts) */
export function formatQualifiers(qualifiers: Fact['qualifiers']): string {
  const parts: string[] = [];
  const { year, amount, currency, role, date, document, finalist } = qualifiers;
  if (year != null) parts.push(`year ${year}`);
  if (date != null) parts.push(`date ${date}`);
  if (amount != null) parts.push(`${NUMBER.format(Number(amount))}${currency ? ` ${currency}` : ''}`);
  else if (currency != null) parts.push(String(currency));
  if (role != null) parts.push(`role ${role}`);
  if (document != null) parts.push(`document ${document}`);
  if (finalist) parts.push('finalist');
  return parts.join(' · ');
}

export function formatQuantity(quantity: { text: string | null; value: number; unit: string; measure: string | null }): string {
  const shown = quantity.text ?? `${NUMBER.format(quantity.value)} ${quantity.unit}`;
  return quantity.measure ? `${shown} (${quantity.measure})` : shown;
}
