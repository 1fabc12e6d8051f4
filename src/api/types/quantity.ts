// Quantity: a number with its unit stated about an entity ("29,3 triệu USD" → 29300000 USD).
import { builder } from '../builder.ts';
import { QuantityKindEnum } from './enums.ts';
import { QuantityRef } from './refs.ts';

QuantityRef.implement({
  isTypeOf: (value) => (value as { kind?: string }).kind === 'quantity',
  fields: (t) => ({
    quantityId: t.exposeString('id'),
    value: t.exposeFloat('value', { description: 'Normalized: 29300000 for "29,3 triệu USD", 1800 for "1.800".' }),
    unit: t.exposeString('unit', { description: 'ISO 4217 for money, else the counted noun ("máy tính").' }),
    kind: t.field({ type: QuantityKindEnum, resolve: (q) => q.quantityKind }),
    measure: t.exposeString('measure', { nullable: true, description: '"investment", "nominations"…' }),
    text: t.exposeString('text', { nullable: true, description: 'As written in the article.' }),
    year: t.exposeInt('year', { nullable: true }),
  }),
});
