/**
 * Value parsing shared by both engines, so the same query returns the same JS values on PGlite
 * and on PostgreSQL: bigint counts as numbers, `date` as 'YYYY-MM-DD' strings (a Date would shift
 * with the server's time zone), timestamptz as Date.
 */
export const OID = { int8: 20, date: 1082 };
export const parseInt8 = (value) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n))
        throw new Error('int8 value outside the safe integer range');
    return n;
};
export const parseDate = (value) => value;
//# sourceMappingURL=types.js.map