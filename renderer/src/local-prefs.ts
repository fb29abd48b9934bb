import { useState } from 'react';

/**
 * A display choice remembered on this computer for this user (the browser profile of the
 * preview, the user's profile folder in Electron). Only how screens look — never data.
 */
export function useLocalFlag(name: string, initial: boolean): [boolean, (v: boolean) => void] {
  const key = `cchc.view.${name}`;
  const [value, setValue] = useState<boolean>(() => {
    try {
      const v = window.localStorage.getItem(key);
      return v === null ? initial : v === '1';
    } catch {
      return initial; // storage refused (private mode, full disk): the default is fine
    }
  });
  const set = (v: boolean) => {
    setValue(v);
    try {
      window.localStorage.setItem(key, v ? '1' : '0');
    } catch {
      // Not remembered next time; the screen still follows the choice now.
    }
  };
  return [value, set];
}
