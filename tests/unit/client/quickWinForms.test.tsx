// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../../../client/src/apollo/client';
import { QuickWinForm } from '../../../client/src/features/initiatives/QuickWinForm';
import { validateRealisedBenefit } from '../../../client/src/features/initiatives/RealisedBenefitForm';
import { StatusForm } from '../../../client/src/features/initiatives/StatusForm';
import { benefitInput, validateQuickWin } from '../../../client/src/features/initiatives/quickWinValues';
import { i18n } from '../../../client/src/i18n';

const blank = {
  title: '',
  description: '',
  deadline: '',
  hoursPerYear: '',
  eurosPerYear: '',
  citizensReached: '',
};

function renderForm(onSubmit = vi.fn().mockResolvedValue(undefined), onReload = vi.fn()) {
  render(
    <QuickWinForm
      heading="Nieuwe quick win"
      submitLabel="Quick win aanmaken"
      initial={blank}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      onReload={onReload}
    />,
  );
  return { onSubmit, onReload };
}

function serverError(code: string, field?: string, message = 'refused') {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
  });
}

function errorOf(input: HTMLElement): string | undefined {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || undefined;
}

describe('quick-win values', () => {
  it('checks title, deadline and figures as the server does', () => {
    expect(validateQuickWin(blank)).toEqual({
      title: 'quickWinForm.errors.title',
      deadline: 'quickWinForm.errors.deadline',
    });
    expect(
      validateQuickWin({
        ...blank,
        title: 'Samen inkopen',
        deadline: '2027-01-31',
        hoursPerYear: '-1',
        eurosPerYear: 'veel',
        citizensReached: '2,5',
      }),
    ).toEqual({
      hoursPerYear: 'quickWinForm.errors.figure',
      eurosPerYear: 'quickWinForm.errors.figure',
      citizensReached: 'quickWinForm.errors.wholeNumber',
    });
    expect(benefitInput({ hoursPerYear: '12,5', eurosPerYear: '', citizensReached: '300' })).toEqual({
      hoursPerYear: 12.5,
      eurosPerYear: null,
      citizensReached: 300,
    });
  });

  it('asks a realised-benefit measurement for at least one figure', () => {
    expect(
      validateRealisedBenefit({ date: '', hoursPerYear: '', eurosPerYear: '', citizensReached: '' }),
    ).toEqual({
      hoursPerYear: 'quickWinForm.errors.oneFigure',
    });
    expect(
      validateRealisedBenefit({ date: '', hoursPerYear: '', eurosPerYear: '100', citizensReached: '' }),
    ).toEqual({});
  });
});

describe('QuickWinForm', () => {
  beforeEach(() => i18n.changeLanguage('nl'));
  afterEach(cleanup);

  it('shows its own findings next to the fields and focuses the first', () => {
    const { onSubmit } = renderForm();
    fireEvent.change(screen.getByLabelText('Euro per jaar'), { target: { value: '-5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Quick win aanmaken' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const title = screen.getByLabelText('Titel');
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(title)).toBe('Vul een titel in van 3 tot 200 tekens.');
    expect(errorOf(screen.getByLabelText('Deadline'))).toBe('Vul een deadline in als datum.');
    expect(errorOf(screen.getByLabelText('Euro per jaar'))).toBe('Vul een getal in van 0 of meer.');
  });

  it('shows a BAD_USER_INPUT from the server next to the field it names', async () => {
    const { onSubmit } = renderForm(
      vi
        .fn()
        .mockRejectedValue(
          serverError(
            'BAD_USER_INPUT',
            'expectedBenefit.hoursPerYear',
            'expectedBenefit.hoursPerYear: is too large',
          ),
        ),
    );
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Samen inkopen' } });
    fireEvent.change(screen.getByLabelText('Deadline'), { target: { value: '2027-01-31' } });
    fireEvent.change(screen.getByLabelText('Uren per jaar'), { target: { value: '1000000000000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Quick win aanmaken' }));
    const hours = screen.getByLabelText('Uren per jaar');
    await waitFor(() => expect(errorOf(hours)).toBe('Deze waarde is niet geldig. Controleer de invoer.'));
    expect(document.activeElement).toBe(hours);
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Samen inkopen', deadline: '2027-01-31' }),
    );
  });

  it('offers a reload when someone else changed the quick win meanwhile (CONFLICT)', async () => {
    const { onReload } = renderForm(vi.fn().mockRejectedValue(serverError('CONFLICT')));
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Samen inkopen' } });
    fireEvent.change(screen.getByLabelText('Deadline'), { target: { value: '2027-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Quick win aanmaken' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Iemand anders heeft dit intussen gewijzigd');
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw laden' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});

describe('StatusForm', () => {
  const sent: Array<{ operationName: string; variables: { input: Record<string, unknown> } }> = [];

  beforeEach(async () => {
    sent.length = 0;
    await i18n.changeLanguage('nl');
    // The real Apollo Client runs; only the network answers here.
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as (typeof sent)[number];
      sent.push(body);
      const { input } = body.variables;
      const result =
        input.status === 'IN_PROGRESS'
          ? {
              errors: [
                {
                  message: 'status: terug kan niet',
                  extensions: { code: 'BAD_USER_INPUT', field: 'status' },
                },
              ],
            }
          : { data: { updateInitiativeStatus: { __typename: 'InitiativePayload', initiative: null } } };
      return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  function renderStatus() {
    render(
      <ApolloProvider client={createApolloClient()}>
        <StatusForm
          initiativeId="i1"
          status="PLANNED"
          nextStatuses={['IN_PROGRESS', 'DELIVERED', 'STOPPED']}
          onReload={vi.fn()}
        />
      </ApolloProvider>,
    );
  }

  it('offers only the moves the workflow allows and asks a reason to stop', async () => {
    renderStatus();
    const select = screen.getByLabelText('Nieuwe status');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Bezig',
      'Opgeleverd',
      'Gestopt',
    ]);
    fireEvent.change(select, { target: { value: 'STOPPED' } });
    fireEvent.click(screen.getByRole('button', { name: 'Status wijzigen' }));
    const reason = screen.getByLabelText('Reden van stoppen');
    expect(document.activeElement).toBe(reason);
    expect(errorOf(reason)).toContain('Vul een reden in om deze quick win te stoppen.');
    expect(sent).toEqual([]);

    fireEvent.change(reason, { target: { value: 'Geen budget' } });
    fireEvent.click(screen.getByRole('button', { name: 'Status wijzigen' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      operationName: 'UpdateInitiativeStatusMutation',
      variables: { input: { id: 'i1', status: 'STOPPED', reason: 'Geen budget' } },
    });
  });

  it('shows the server refusing a move next to the status', async () => {
    renderStatus();
    fireEvent.click(screen.getByRole('button', { name: 'Status wijzigen' }));
    const select = screen.getByLabelText('Nieuwe status');
    await waitFor(() => expect(errorOf(select)).toBe('Deze waarde is niet geldig. Controleer de invoer.'));
  });
});
