import { graphql } from '../gql';

graphql(`
  fragment PageFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

export interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** Relay paging: Previous asks for the last n before the first row shown, Next for the first n after the last. */
export function Pager({
  info,
  size,
  total,
  onPage,
}: {
  info: PageInfo;
  size: number;
  total: number;
  onPage: (args: PageArgs) => void;
}) {
  return (
    <div class="pager">
      <span>{total} in all</span>
      <button
        type="button"
        disabled={!info.hasPreviousPage}
        onClick={() => onPage({ last: size, before: info.startCursor ?? undefined })}
      >
        Previous page
      </button>
      <button
        type="button"
        disabled={!info.hasNextPage}
        onClick={() => onPage({ first: size, after: info.endCursor ?? undefined })}
      >
        Next page
      </button>
    </div>
  );
}
