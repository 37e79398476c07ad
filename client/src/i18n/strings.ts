/** The shape of a namespace's translations: the Swedish source's keys, any string as the value. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
