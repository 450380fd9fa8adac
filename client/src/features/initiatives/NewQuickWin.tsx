import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../auth/AuthContext';
import { QuickWinForm } from './QuickWinForm';
import { benefitInput } from './quickWinValues';
import { useCreateInitiative } from './useCreateInitiative';

const blank = {
  title: '',
  description: '',
  deadline: '',
  hoursPerYear: '',
  eurosPerYear: '',
  citizensReached: '',
};

/** For managers (and admins): a button that opens the form for a new quick win, then shows it. */
export function NewQuickWin() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const { createInitiative } = useCreateInitiative();
  const [open, setOpen] = useState(false);
  if (!viewer?.roles.some((role) => role === 'MANAGER' || role === 'ADMIN')) return null;

  if (!open) {
    return (
      <div className="koers-actions">
        <Button type="button" appearance="primary-action-button" onClick={() => setOpen(true)}>
          {t('quickWinForm.create')}
        </Button>
      </div>
    );
  }
  return (
    <QuickWinForm
      heading={t('quickWinForm.createTitle')}
      submitLabel={t('quickWinForm.createSubmit')}
      initial={blank}
      onSubmit={async (values) => {
        const created = await createInitiative({
          title: values.title.trim(),
          description: values.description,
          deadline: values.deadline,
          expectedBenefit: benefitInput(values),
        });
        void navigate(`/quick-wins/${created.id}`);
      }}
      onCancel={() => setOpen(false)}
      onReload={() => setOpen(false)}
    />
  );
}
