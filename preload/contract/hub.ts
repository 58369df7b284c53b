/**
 * The school hub in the app (issue 14): a teacher publishes the open gradebook to the school's
 * PostgreSQL hub, and a coach reads class reports from it.
 *
 * Passwords: the page sends the password the teacher typed, or none, and main fills in the one it kept
 * for that hub login (Electron's safeStorage; the test harness keeps it in memory for the session).
 * `hub:login` and `hub:forgetPassword` are answered by main, which holds the kept passwords and the
 * remembered addresses; reaching the worker (the command line, a test) nothing is kept.
 * The address is a postgres:// URL without a password (main/hub/hub-address.ts).
 */
import { z } from 'zod';
import { id, noRequest, read, write, type ChannelSet } from './channel.js';
import type { ClassReport, ReportFile, SchoolSummary, SchoolTerm } from './reports.js';
import { coachFilterSchema, reportFilterSchema, reportFormats } from './reports.js';

/** Who uses the hub: a teacher publishing, or a coach reading reports (a different login, usually). */
export const hubUses = ['publish', 'report'] as const;
export type HubUse = (typeof hubUses)[number];

const address = z.string().trim().min(1, 'type the hub address').max(2000);
/** The password typed in the dialog; absent: the one kept for this login, else PGPASSWORD / .pgpass. */
const password = z.string().min(1).max(1000).optional();
const login = { address, password, rememberPassword: z.boolean().default(false) };

/** What main remembers for a use: the last address that worked, and whether its password is kept. */
export type HubLogin = {
  address: string | null;
  /** The login as shown (user@host:port/database), when the address reads as one. */
  shown: string | null;
  passwordKept: boolean;
  /** False where the computer offers no safe place for passwords (then the teacher types it each time). */
  canKeepPassword: boolean;
};

export type HubTablePublished = { table: string; sent: number; changed: number; tombstoned: number };
export type HubPublished = {
  gradebookId: string;
  title: string;
  hub: string;
  changedRows: number;
  tombstonedRows: number;
  tables: HubTablePublished[];
  /** When the hub's transaction committed (ISO), for "Published … at 10:42". */
  publishedAt: string;
};

/** A published gradebook on the hub and its active classes, as a coach picks them. */
export type HubClass = { classId: string; code: string | null; title: string };
export type HubGradebook = {
  gradebookId: string;
  title: string;
  classes: HubClass[];
  /** The school's terms as published with this gradebook, newest first (as reports:terms): the hub source's term filter. */
  terms: SchoolTerm[];
};

export const hubChannels = {
  'hub:login': read<HubLogin>()(z.object({ use: z.enum(hubUses), address: address.optional() }).strict()),
  'hub:forgetPassword': read<{ forgotten: boolean }>()(z.object({ address }).strict()),
  /**
   * Gives the open gradebook the lasting id a hub knows it by (made on its first publish; a no-op after).
   * A write that changes nothing the window shows.
   */
  'hub:prepare': write<{ gradebookId: string }>([])(noRequest),
  /** Publishes the open gradebook (it must have been prepared): progress as `hub:progress` events. */
  'hub:publish': read<HubPublished>()(z.object({ ...login }).strict()),
  /** The published gradebooks and their active classes (a coach's login; a teacher's sees only their own). */
  'hub:gradebooks': read<HubGradebook[]>()(z.object({ ...login }).strict()),
  /** One published class's report, computed from the hub's rows as coach mode computes it from the file. */
  'hub:classReport': read<ClassReport>()(z.object({ ...login, gradebookId: id, filter: reportFilterSchema }).strict()),
  /** The school summary across the hub's published gradebooks (all classes), as coach mode's over files. */
  'hub:summary': read<SchoolSummary>()(z.object({ ...login, filter: coachFilterSchema }).strict()),
  /**
   * Every published class (and, for two or more gradebooks, the school summary) in one export file: the
   * very bytes `proficio report --hub URL --format F` writes. Progress as `reports:progress`; stopped
   * by `reports:cancel` (answers `conflict` with `details.reason` 'cancelled'), as the other exports.
   */
  'hub:export': read<ReportFile>()(z.object({ ...login, filter: coachFilterSchema, format: z.enum(reportFormats) }).strict()),
  /**
   * While hub:publish works: asks it to stop (answered at once). The publish is one PostgreSQL
   * transaction, so a stopped one is rolled back: it answers `conflict` with `details.reason`
   * 'cancelled' and the hub is as it was before. `cancelRequested` false: no publish was running.
   */
  'hub:cancel': read<{ cancelRequested: boolean }>()(noRequest),
} satisfies ChannelSet;

/** Channels that reach the school hub over the network: tested against a real PostgreSQL (test/integration/hub-*.test.ts). */
export const hubNetworkChannels = ['hub:publish', 'hub:gradebooks', 'hub:classReport', 'hub:summary', 'hub:export'] as const satisfies readonly (keyof typeof hubChannels)[];

/** One table's progress while a publish sends it. `tableIndex` counts from 1 of `tableCount`. */
export type HubProgress = { table: string; tableIndex: number; tableCount: number; sent: number; total: number };

export type HubEvents = {
  /** Posted while hub:publish sends rows. */
  'hub:progress': HubProgress;
  /** File → Publish to school hub… in the menu: the window opens its publish dialog. */
  'hub:publishRequested': Record<string, never>;
};
