import { MIN_PASSWORD_LENGTH } from '../../../../common/validation';

/** The form's own check of a new password and its repetition (the server checks the length too). */
export function newPasswordErrors(password: string, repeat: string) {
  const errors: { password?: string; repeat?: string } = {};
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = 'account.errors.short';
  else if (password !== repeat) errors.repeat = 'account.errors.repeat';
  return errors;
}
