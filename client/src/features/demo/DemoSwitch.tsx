import { useTranslation } from 'react-i18next';
import { useDemoSetting } from './DemoContext';

/** A visible checkbox that hides (or shows again) every figure resting on generated demo data. */
export function DemoSwitch() {
  const { t } = useTranslation();
  const { showDemo, setShowDemo } = useDemoSetting();
  return (
    <div className="koers-demo-switch utrecht-form-field utrecht-form-field--checkbox">
      <input
        id="demo-switch"
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        checked={showDemo}
        onChange={(event) => setShowDemo(event.target.checked)}
      />
      <label htmlFor="demo-switch" className="utrecht-form-label utrecht-form-label--checkbox">
        {t('demo.switch')}
      </label>
    </div>
  );
}
