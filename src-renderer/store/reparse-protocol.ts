import type { LayoutProfile, ParsedEdition, SourceInfo } from '../../src-shared/model/edition';

/** Messages between store/reparse-worker.ts and reparse.worker.ts. */
export interface ReparseRequest {
  id: number;
  text: string;
  source: SourceInfo;
  layout: LayoutProfile | null;
}

export type ReparseReply = { id: number; parsed: ParsedEdition } | { id: number; error: string };
