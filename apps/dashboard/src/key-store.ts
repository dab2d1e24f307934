// The admin key lives in sessionStorage: typed once per tab, gone when the tab closes.
const KEY = 'cw.dashboard.adminKey';

export const storedKey = (): string | null => sessionStorage.getItem(KEY);
export const storeKey = (key: string): void => sessionStorage.setItem(KEY, key);
export const forgetKey = (): void => sessionStorage.removeItem(KEY);
