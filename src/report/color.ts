/**
 * Colour in the text report: on a terminal unless `NO_COLOR` is set to something
 * (https://no-color.org: an empty value does not count), and wherever `FORCE_COLOR` asks for it
 * (CI logs such as GitHub Actions render ANSI colours but are no terminal). `FORCE_COLOR=0` or
 * `false` turns colour off.
 */
export const colorEnabled = (env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean => {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
};
