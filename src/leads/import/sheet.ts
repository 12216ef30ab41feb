export interface SheetRow {
  /** 1-based, as the spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  /** Cell text by header; '' for an empty cell. */
  cells: Record<string, string>;
}

export interface SheetProgress {
  bytesRead: number;
  totalBytes: number;
}

export interface SheetInput {
  path?: string;
  buffer?: Buffer;
  /** Decides the format by extension: .csv, .txt, .tsv or .xlsx. */
  fileName: string;
  onProgress?: (progress: SheetProgress) => void;
}

/** Rows after the header, read once as they are iterated; blank rows are skipped. */
export interface Sheet extends AsyncIterable<SheetRow> {
  readonly headers: string[];
  /** Releases the file when the rows are not read to the end (breaking out of `for await` does this too). */
  close(): Promise<void>;
}

/** A row's cell texts by column, as a format reader delivers them before headers apply. */
export interface SheetRecord {
  rowNumber: number;
  values: string[];
}
