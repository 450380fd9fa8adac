import type { ReactNode } from 'react';

/** One column of a {@link DataTable}. */
export interface DataTableColumn<Row> {
  /** Stable React key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned figures (Utrecht's numeric cell). */
  numeric?: boolean;
  /** The cell names its row: rendered as `<th scope="row">` so screen readers announce it per cell. */
  rowHeader?: boolean;
  /** A `data-testid` on this column's body cells. */
  testId?: string;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A visible caption; or name the table after a heading with `labelledBy`. */
  caption?: ReactNode;
  /** Id of the heading that names the table (`aria-labelledby`). */
  labelledBy?: string;
  /** `data-*` attributes per row, for tests and styling. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  testId?: string;
}

function cellClass(base: string, numeric?: boolean): string {
  return numeric ? `${base} ${base}--numeric` : base;
}

/**
 * An NL Design System (Utrecht) table in a scrollable wrapper: column headers with
 * `scope="col"`, the naming column as row headers, and a caption or a labelling heading.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  labelledBy,
  rowData,
  testId,
}: DataTableProps<Row>) {
  return (
    <div className="koers-table-wrapper">
      <table className="utrecht-table" aria-labelledby={labelledBy} data-testid={testId}>
        {caption && <caption className="utrecht-table__caption">{caption}</caption>}
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                className={cellClass('utrecht-table__header-cell', column.numeric)}
                scope="col"
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="utrecht-table__row" {...rowData?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th
                    key={column.key}
                    className={cellClass('utrecht-table__header-cell', column.numeric)}
                    scope="row"
                    data-testid={column.testId}
                  >
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.key}
                    className={cellClass('utrecht-table__cell', column.numeric)}
                    data-testid={column.testId}
                  >
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
