import pg from "pg";

// Prisma 6's migration engine reads catalog columns of PostgreSQL type `name` (OID 19), which
// @prisma/adapter-pg cannot deserialize (prisma/orm#27403). Reporting them as `text` (OID 25) is
// exact for reading: `name` is a short text type. Only the migration CLI needs this client.
const NAME_OID = 19;
const TEXT_OID = 25;

function reportNameAsText<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

export class NameAsTextClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); wrap both result paths.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (error: Error | null, result?: unknown) => void;
      args[args.length - 1] = (error: Error | null, result?: unknown) => callback(error, error ? result : reportNameAsText(result));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned instanceof Promise) return returned.then(reportNameAsText) as never;
    return returned as never;
  }
}
