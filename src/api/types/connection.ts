// Fields every connection has beyond Relay's: totalCount, computed by a COUNT query (only
// when selected) rather than by loading the set.
import { builder } from '../builder.ts';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Size of the whole set across all pages.',
    resolve: (connection) => connection.countAll(),
  }),
);
