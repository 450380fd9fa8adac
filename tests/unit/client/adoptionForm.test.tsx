// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdoptionForm } from '../../../client/src/features/adoption/AdoptionForm';
import { validateAdoption } from '../../../client/src/features/adoption/validateAdoption';
import { i18n } from '../../../client/src/i18n';

const initial = { status: 'PLANNED' as const, targetDate: '', adoptedVersion: '', note: '' };
const required =
  'Vul een uitleg van ten minste een zin in: bij ‘Uitgelegd’ is een uitleg verplicht (pas toe of leg uit).';

function renderForm(onSubmit = vi.fn().mockResolvedValue(undefined)) {
  render(<AdoptionForm standardName="Zaken API" initial={initial} onSubmit={onSubmit} onCancel={vi.fn()} />);
  return onSubmit;
}

describe('validateAdoption (pas toe of leg uit)', () => {
  it('requires an explanation of at least a sentence only for EXPLAINED', () => {
    expect(validateAdoption({ ...initial, status: 'EXPLAINED', note: '   ' })).toEqual({
      note: 'municipality.explanationRequired',
    });
    expect(validateAdoption({ ...initial, status: 'EXPLAINED', note: 'Eigen voorziening' })).toEqual({
      note: 'municipality.explanationRequired',
    });
    expect(
      validateAdoption({ ...initial, status: 'EXPLAINED', note: 'Wij gebruiken een eigen voorziening.' }),
    ).toEqual({});
    expect(validateAdoption({ ...initial, status: 'ADOPTED' })).toEqual({});
  });
});

describe('AdoptionForm', () => {
  beforeEach(() => i18n.changeLanguage('nl'));
  afterEach(cleanup);

  it('turns the note into a required explanation for EXPLAINED and refuses it empty, next to the field', () => {
    const onSubmit = renderForm();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'EXPLAINED' } });
    const explanation = screen.getByLabelText('Uitleg (pas toe of leg uit)');
    expect(explanation.getAttribute('aria-required')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(explanation.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(explanation);
    const describedBy = (explanation.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(required);
  });

  it('shows the server’s BAD_USER_INPUT about the note next to the field', async () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'pas toe of leg uit: EXPLAINED needs an explanation',
          extensions: { code: 'BAD_USER_INPUT', field: 'note' },
        },
      ],
    });
    const onSubmit = renderForm(vi.fn().mockRejectedValue(error));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'EXPLAINED' } });
    fireEvent.change(screen.getByLabelText('Uitleg (pas toe of leg uit)'), {
      target: { value: 'Wij gebruiken een eigen voorziening.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.getByText(required)).toBeTruthy());
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(screen.getByLabelText('Uitleg (pas toe of leg uit)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sends the values for any other status', async () => {
    const onSubmit = renderForm();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ADOPTED' } });
    fireEvent.change(screen.getByLabelText('Geadopteerde versie'), { target: { value: '1.5.1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith({
      status: 'ADOPTED',
      targetDate: '',
      adoptedVersion: '1.5.1',
      note: '',
    });
  });
});
