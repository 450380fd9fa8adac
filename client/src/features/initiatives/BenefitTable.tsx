import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../i18n/format';

type BenefitRow = [label: string, expected: number | null | undefined, realised: number | null | undefined];

/** Expected against realised benefit, one row per measure. */
export function BenefitTable({ rows }: { rows: BenefitRow[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const show = (value: number | null | undefined) =>
    value == null ? t('common.none') : format.number(value);
  return (
    <DataTable<BenefitRow>
      rows={rows}
      rowKey={([label]) => label}
      columns={[
        { key: 'measure', header: t('quickWin.measure'), cell: ([label]) => label, rowHeader: true },
        {
          key: 'expected',
          header: t('quickWins.expected'),
          cell: ([, expected]) => show(expected),
          numeric: true,
        },
        {
          key: 'realised',
          header: t('quickWins.realised'),
          cell: ([, , realised]) => show(realised),
          numeric: true,
        },
      ]}
    />
  );
}
