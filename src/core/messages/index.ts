/** Messages as data (codes with parameters) and how they are said in the six languages. */
export * from './message';
export * from './languages';
export * from './render';
export * from './wire';
export * from './coded-error';
