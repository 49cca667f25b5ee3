/** Types of population-stand-in.mjs (plain JS, so the browser tests' server can start it too). */
export interface StandInPerson {
  personalId: string;
  fullName: string;
  dateOfBirth: string;
  sex: 'male' | 'female';
}

export interface StandInChange {
  communeCode: string;
  kind: 'birth' | 'moved_in' | 'moved_out';
  date: string;
  person: StandInPerson;
  otherCommuneCode?: string | null;
}

export interface PopulationStandIn {
  url: string;
  add(person: StandInPerson): void;
  addChange(change: StandInChange): void;
  failNext(...statuses: number[]): void;
  delayNext(...ms: number[]): void;
  quotaLeft(people: number): void;
  /** The lookups received. */
  requests: { maYeuCau: string; danhSach: { maThamChieu: string; soDinhDanh: string | null }[] }[];
  close(): Promise<void>;
}

export function startPopulationStandIn(options?: {
  port?: number;
  people?: StandInPerson[];
  credentials?: { id: string; secret: string };
}): Promise<PopulationStandIn>;
