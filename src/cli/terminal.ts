// Colour and layout decisions for a stream, by clig.dev's rules: colour only on a terminal,
// never with NO_COLOR (set and not empty, as no-color.org says), TERM=dumb or --no-color.
export interface TerminalInfo {
  isTTY: boolean;
  color: boolean;
  width: number;
}

export function terminalInfo(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, colorFlag: boolean): TerminalInfo {
  const isTTY = Boolean(stream.isTTY);
  const color = isTTY && colorFlag && !env.NO_COLOR && env.TERM !== 'dumb';
  return { isTTY, color, width: stream.columns || 80 };
}
