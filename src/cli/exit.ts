// Exit statuses, from what happened in a run.
export const EXIT = {
  ok: 0,
  /** some input could not be read or analysed */
  inputFailed: 1,
  /** the command line was wrong */
  usage: 2,
  /** the output could not be written (a folder, a device, a missing folder, a full disk) */
  outputFailed: 3,
  /** stopped by SIGINT or SIGTERM */
  interrupted: 130,
} as const;

export interface RunOutcome {
  documents: number;
  failed: number;
  interrupted: boolean;
}

export function exitStatus(o: RunOutcome): number {
  if (o.interrupted) return EXIT.interrupted;
  return o.failed > 0 ? EXIT.inputFailed : EXIT.ok;
}
