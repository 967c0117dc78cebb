/**
 * data/datapackage.json: the CSV tables described as a Frictionless Tabular Data Package — each
 * table's columns with their types, its key and the columns that name a row of another table —
 * so `frictionless validate`, R's `frictionless` or pandas-based tools load and check the tables
 * without this project's code. Made from the same column list the CSV writer uses (csv-tables.ts).
 */
import { clausesTable, documentsTable, longTables, type FieldType } from './csv-tables.ts';

/** What the package says of a table: its columns' names and types, its key and references. */
interface TableDescription {
  fields: readonly { name: string; type: FieldType }[];
  primaryKey?: string;
  references: Readonly<Record<string, string>>;
}
const tables: Record<string, TableDescription> = { documents: documentsTable, clauses: clausesTable, ...longTables };

export function dataPackage() {
  return {
    profile: 'tabular-data-package',
    name: 'qianxian-plans',
    title: '千县工程 plans: documents, clauses, links, responsible units, deadlines and metrics',
    description: 'The CSV tables of the 千县工程 plan explorer (UTF-8 with BOM). Every column is documented in docs/data.md (on the site: /en/data/ and /data/); columns are only ever added.',
    resources: Object.entries(tables).map(([name, table]) => ({
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: table.fields.map(({ name: field, type }) => ({ name: field, type })),
        missingValues: [''],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
        foreignKeys: Object.entries(table.references).map(([field, resource]) => ({
          fields: field,
          // '' is the table itself (a clause's parent is a clause)
          reference: { resource: resource === name ? '' : resource, fields: 'id' },
        })),
      },
    })),
  };
}
