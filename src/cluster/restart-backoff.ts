/** A worker that ran this long before it died was no crash loop: its replacement starts after the first pause. */
export const STABLE_MS = 30_000;
export const FIRST_PAUSE_MS = 500;
export const LONGEST_PAUSE_MS = 30_000;

/** The pauses before replacing dead workers: doubling while they die young one after another, so a crash loop does not spin. */
export class RestartBackoff {
  private youngDeaths = 0;

  /** How long to wait before replacing a worker that died after livedMs. */
  next(livedMs: number): number {
    if (livedMs >= STABLE_MS) this.youngDeaths = 0;
    const pause = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** this.youngDeaths);
    if (livedMs < STABLE_MS) this.youngDeaths += 1;
    return pause;
  }
}
