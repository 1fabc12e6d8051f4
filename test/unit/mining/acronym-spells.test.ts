// A bracketed acronym after a capitalised run counts as an organisation context only when the
// run can spell it (first letter, then the others in order): a player's club in brackets after
// his name is not his name's acronym.
import { describe, expect, it } from 'vitest';
import { spells } from '../../../src/mining/mine-article.ts';

const cases: Array<[string, string, boolean]> = [
  ['Northern Rail Systems', 'NRS', true],
  ['World Health Organization', 'WHO', true],
  ['Asian Development Bank', 'ADB', true],
  ['Microsoft', 'MS', true],
  ['Vietnam Airlines', 'VNA', true],
  ['Van Nistelrooy', 'MU', false],
  ['Rio Ferdinand', 'MU', false],
  ['Tommy Robredo', 'TBN', false],
  ['Jenson Button', 'BAR', false],
  ['Kiatisuk', 'TL', false],
];

describe('an acronym a name can spell', () => {
  it.each(cases)('%s (%s)', (name, acronym, expected) => {
    expect(spells(name, acronym)).toBe(expected);
  });
});
