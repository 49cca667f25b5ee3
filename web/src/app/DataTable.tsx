import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** Hidden on narrow screens (a phone), where the first columns say enough. */
  wide?: boolean;
}

/**
 * A plain, semantic table in Ant Design's look: the registry's lists need rows, headers and a
 * caption, not sorting or filter menus, and Ant Design's Table would double what the list loads.
 */
export function DataTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: string;
  busy?: boolean;
}) {
  const { columns, rows } = props;
  return (
    <div className="data-table" aria-busy={props.busy}>
      <table>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cellClass(column)}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table-empty">
                {props.empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={props.rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={cellClass(column)}>
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function cellClass(column: { align?: string; wide?: boolean }): string | undefined {
  const classes = [column.align === 'right' && 'align-right', column.wide && 'wide-only'];
  return classes.filter(Boolean).join(' ') || undefined;
}
