import { createContext, useContext, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'koers.showDemo';

interface DemoSetting {
  /** True when figures include generated demo data (the default: the demo is what there is to see). */
  showDemo: boolean;
  setShowDemo: (show: boolean) => void;
}

const DemoContext = createContext<DemoSetting>({ showDemo: true, setShowDemo: () => undefined });

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'false';
  } catch {
    return true;
  }
}

/** Holds the "show demo data" switch for the whole app, remembered in localStorage. */
export function DemoProvider({ children }: { children: ReactNode }) {
  const [showDemo, setShow] = useState(stored);
  const setShowDemo = (show: boolean) => {
    setShow(show);
    try {
      localStorage.setItem(STORAGE_KEY, String(show));
    } catch {
      // Private mode: the switch still works for this visit.
    }
  };
  return <DemoContext.Provider value={{ showDemo, setShowDemo }}>{children}</DemoContext.Provider>;
}

/** The demo-data switch. */
export function useDemoSetting(): DemoSetting {
  return useContext(DemoContext);
}
