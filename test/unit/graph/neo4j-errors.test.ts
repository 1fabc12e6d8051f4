// One classification of driver errors serves the loader, the API reader and the connection
// check: each code family lands in one kind.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyNeo4jError } from '../../../src/graph/neo4j-errors.ts';

const server = (code: string) => new Neo4jError('message\nmore', code, '', '');

describe('classifyNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', 'unavailable'],
    ['SessionExpired', 'unavailable'],
    ['Neo.ClientError.Security.Unauthorized', 'auth'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'auth'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'database-not-found'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'timeout'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timeout'],
    ['Neo.TransientError.Transaction.Terminated', 'timeout'],
    ['Neo.ClientError.Statement.SyntaxError', 'syntax'],
    ['Neo.ClientError.Statement.ParameterMissing', 'parameter-missing'],
    ['Neo.ClientError.Statement.AccessMode', 'forbidden'],
    ['Neo.ClientError.Security.Forbidden', 'forbidden'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'constraint'],
    ['Neo.DatabaseError.General.UnknownError', 'other'],
  ])('%s → %s', (code, kind) => {
    expect(classifyNeo4jError(server(code))).toBe(kind);
  });

  it.each([
    ['Connection acquisition timed out in 60000 ms.', 'unavailable'],
    ['connect ECONNREFUSED 127.0.0.1:7687', 'unavailable'],
    ['Pool is closed, it is no more able to serve requests.', 'unavailable'],
    ['Cannot read properties of undefined', 'other'],
  ])('the driver’s own Error "%s" → %s', (message, kind) => {
    expect(classifyNeo4jError(new Error(message))).toBe(kind);
  });
});
