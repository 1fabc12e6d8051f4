// A filter's date must be a day that exists before it reaches Neo4j.
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/api/calendar-date.ts';

describe('calendarDate', () => {
  it.each(['2022-01-24', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2022-04-30', '2022-12-31'])('%s is a day', (value) => {
    expect(calendarDate(value)).toBe(value);
  });

  it.each(['2022-13-45', '0000-00-00', '0000-01-01', '2023-02-29', '1900-02-29', '2022-04-31', '2022-06-00', '2022-00-10', '2022-1-5', '22-01-24', '2022-01-24T00:00', ' 2022-01-24', '24/01/2022', ''])(
    '%j is not',
    (value) => {
      expect(calendarDate(value)).toBeNull();
    },
  );
});
