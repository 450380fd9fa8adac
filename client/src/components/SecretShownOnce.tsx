/** Props of {@link SecretShownOnce}. */
export interface SecretShownOnceProps {
  /** Why to copy it now (it is shown this once). */
  message: string;
  secret: string;
  testId: string;
}

/** A secret the server hands out once (an API token, a webhook's signing secret), in a status alert. */
export function SecretShownOnce({ message, secret, testId }: SecretShownOnceProps) {
  return (
    <div className="utrecht-alert utrecht-alert--ok koers-alert" role="status">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">{message}</p>
        <p className="utrecht-paragraph">
          <code data-testid={testId} className="koers-secret">
            {secret}
          </code>
        </p>
      </div>
    </div>
  );
}
