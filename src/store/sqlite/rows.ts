/** Conversions between SQLite column values and domain values. */

export const toMillis = (date: Date | null | undefined): number | null => (date ? date.getTime() : null);
export const toDate = (millis: number | null): Date | null => (millis === null ? null : new Date(millis));
export const toDateStrict = (millis: number): Date => new Date(millis);
export const toJson = (value: unknown): string => JSON.stringify(value);
export const fromJson = <T>(text: string): T => JSON.parse(text) as T;
export const toFlag = (value: boolean): number => (value ? 1 : 0);
