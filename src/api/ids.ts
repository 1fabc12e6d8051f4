// Ids in arguments: a Relay global id ("T3JnYW5pemF0aW9uOm9yZzp3Yg==") or, for convenience in
// GraphiQL and scripts, the graph's own id ("org:ngan-hang-the-gioi", "art:…").
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { ENTITY_TYPES, ID_PREFIX, isEntityType } from '../domain/ontology.ts';

const RAW_ENTITY_ID = new RegExp(`^(${ENTITY_TYPES.map((t) => ID_PREFIX[t]).join('|')}):`);

export function entityIdArg(value: string | number): string {
  const text = String(value);
  if (RAW_ENTITY_ID.test(text)) return text;
  const decoded = tryDecode(text);
  if (decoded && isEntityType(decoded.typename)) return decoded.id;
  throw new GraphQLError(`Not an entity id: "${text}".`, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function articleIdArg(value: string | number): string {
  const text = String(value);
  if (text.startsWith('art:')) return text;
  const decoded = tryDecode(text);
  if (decoded?.typename === 'Article') return decoded.id;
  throw new GraphQLError(`Not an article id: "${text}".`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function tryDecode(text: string): { typename: string; id: string } | null {
  try {
    return decodeGlobalID(text);
  } catch {
    return null;
  }
}
