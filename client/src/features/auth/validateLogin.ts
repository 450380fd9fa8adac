/** The login form's fields. */
export interface LoginValues {
  email: string;
  password: string;
}

/** Message keys for what is wrong per field; an empty object means the form may be sent. */
export type LoginErrors = Partial<{
  email: 'login.emailRequired' | 'login.emailInvalid';
  password: 'login.passwordRequired';
}>;

// Deliberately loose: the server decides whether the account exists; this only catches typos.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the login form before anything is sent to the server. */
export function validateLogin({ email, password }: LoginValues): LoginErrors {
  const errors: LoginErrors = {};
  const trimmed = email.trim();
  if (!trimmed) errors.email = 'login.emailRequired';
  else if (!emailPattern.test(trimmed)) errors.email = 'login.emailInvalid';
  if (!password) errors.password = 'login.passwordRequired';
  return errors;
}
