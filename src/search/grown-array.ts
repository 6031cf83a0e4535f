// Typed arrays that grow as the build fills them (a copy into one twice as long, as arrays do).

/** A copy of `array` in a longer one; the new places hold `fill`. */
export function grownArray<T extends Int32Array | Uint8Array | Float64Array>(
  array: T,
  length: number,
  fill = 0,
): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}
