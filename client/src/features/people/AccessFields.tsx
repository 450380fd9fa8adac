import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { MunicipalityPicker, type PickedMunicipality } from '../admin/MunicipalityPicker';

const AccessOptions = graphql(`
  query AccessOptions {
    cooperations {
      id
      name
    }
    taskforces {
      id
      name
    }
  }
`);

/** Every role, in the order the form lists them. */
export const ROLE_OPTIONS: readonly Role[] = ['ADMIN', 'MANAGER', 'TASKFORCE_MEMBER', 'MUNICIPALITY_EDITOR'];

/** What a person may do, as the form holds it. */
export interface AccessValues {
  roles: Role[];
  municipality: PickedMunicipality | null;
  cooperationId: string;
  /** Only when inviting: the taskforce the person joins. */
  taskforceId?: string;
}

/** Props of {@link AccessFields}. */
export interface AccessFieldsProps {
  idPrefix: string;
  values: AccessValues;
  onChange: (values: AccessValues) => void;
  errors: Partial<Record<'roles' | 'municipalityId' | 'cooperationId' | 'taskforceId', string>>;
  /** Offer a taskforce to join (invitations). */
  withTaskforce?: boolean;
}

/**
 * Roles as checkboxes, and what they need: the municipality of an editor (and optionally the
 * cooperation they also report for), the taskforce of a new member.
 */
export function AccessFields({ idPrefix, values, onChange, errors, withTaskforce }: AccessFieldsProps) {
  const { t } = useTranslation();
  const { data } = useQuery(AccessOptions);
  const toggle = (role: Role, on: boolean) =>
    onChange({ ...values, roles: on ? [...values.roles, role] : values.roles.filter((r) => r !== role) });
  return (
    <>
      <fieldset className="utrecht-form-fieldset" id={`${idPrefix}-roles`} tabIndex={-1}>
        <legend className="utrecht-form-fieldset__legend">{t('people.roles')}</legend>
        {ROLE_OPTIONS.map((role) => (
          <div key={role} className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id={`${idPrefix}-role-${role}`}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={values.roles.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
            />{' '}
            <label
              className="utrecht-form-label utrecht-form-label--checkbox"
              htmlFor={`${idPrefix}-role-${role}`}
            >
              {t(`people.role.${role}`)}
            </label>
          </div>
        ))}
        {errors.roles && <p className="utrecht-form-field-error-message">{errors.roles}</p>}
      </fieldset>
      {values.roles.includes('MUNICIPALITY_EDITOR') && (
        <>
          <MunicipalityPicker
            id={`${idPrefix}-municipalityId`}
            label={t('people.municipality')}
            value={values.municipality}
            onChange={(municipality) => onChange({ ...values, municipality })}
            error={errors.municipalityId}
          />
          <SelectField
            id={`${idPrefix}-cooperationId`}
            label={t('people.cooperation')}
            value={values.cooperationId}
            options={[
              { value: '', label: t('people.noCooperation') },
              ...(data?.cooperations ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
            onChange={(cooperationId) => onChange({ ...values, cooperationId })}
            error={errors.cooperationId}
          />
        </>
      )}
      {withTaskforce && values.roles.includes('TASKFORCE_MEMBER') && (
        <SelectField
          id={`${idPrefix}-taskforceId`}
          label={t('people.taskforce')}
          value={values.taskforceId ?? ''}
          options={[
            { value: '', label: t('people.noTaskforce') },
            ...(data?.taskforces ?? []).map((tf) => ({ value: tf.id, label: tf.name })),
          ]}
          onChange={(taskforceId) => onChange({ ...values, taskforceId })}
          error={errors.taskforceId}
        />
      )}
    </>
  );
}
