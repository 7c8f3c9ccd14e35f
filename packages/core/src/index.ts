/** Pure scheduling logic: no I/O, no clock, no environment. */
export {};
