// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '../../../client/src/components/DataTable';

interface Row {
  name: string;
  count: number;
}

describe('DataTable', () => {
  afterEach(cleanup);

  it('renders a captioned Utrecht table with column and row headers', () => {
    render(
      <DataTable<Row>
        caption="Gemeenten per provincie"
        rows={[
          { name: 'Utrecht', count: 26 },
          { name: 'Fryslân', count: 18 },
        ]}
        rowKey={(row) => row.name}
        rowData={(row) => ({ 'data-name': row.name })}
        columns={[
          { key: 'name', header: 'Provincie', cell: (row) => row.name, rowHeader: true },
          { key: 'count', header: 'Aantal', cell: (row) => row.count, numeric: true, testId: 'count' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Gemeenten per provincie' });
    expect(table.className).toBe('utrecht-table');
    const columnHeaders = within(table).getAllByRole('columnheader');
    expect(columnHeaders.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Provincie', 'col'],
      ['Aantal', 'col'],
    ]);
    expect(columnHeaders[1]?.className).toContain('utrecht-table__header-cell--numeric');
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Utrecht', 'row'],
      ['Fryslân', 'row'],
    ]);
    expect(screen.getAllByTestId('count').map((td) => td.textContent)).toEqual(['26', '18']);
    expect(table.querySelector('tr[data-name="Fryslân"]')).not.toBeNull();
  });

  it('takes its name from a heading when given labelledBy', () => {
    render(
      <>
        <h2 id="versies">Versies</h2>
        <DataTable<Row>
          labelledBy="versies"
          rows={[]}
          rowKey={(row) => row.name}
          columns={[{ key: 'name', header: 'Naam', cell: (row) => row.name }]}
        />
      </>,
    );
    expect(screen.getByRole('table', { name: 'Versies' }).querySelector('caption')).toBeNull();
  });
});
