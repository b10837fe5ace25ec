/**
 * The atlas's fact types and their validating schemas. Every JSON file under geodata/data is
 * parsed with these at load time and in `npm test`; nothing is cast.
 */
import { z } from 'zod';
import { isPartialDate, type PartialDate } from './partial-date.js';

/** The four organisations the atlas is about (the app shows and accepts these). */
export const CORE_ORG_IDS = ['SCO', 'CSTO', 'EAEU', 'CIS'] as const;
export type CoreOrgId = (typeof CORE_ORG_IDS)[number];
/** Context organisations: the other side of the Eurasian alignment choices (issue 17). */
export const CONTEXT_ORG_IDS = ['NATO', 'EU', 'BRICS', 'OTS', 'GUAM'] as const;
export type ContextOrgId = (typeof CONTEXT_ORG_IDS)[number];
/** Every organisation with a lineage file: the core four, then the context ones. */
export const ORG_IDS = [...CORE_ORG_IDS, ...CONTEXT_ORG_IDS] as const;
export type OrgId = (typeof ORG_IDS)[number];

/** Status words, exactly as the issue tracker and the reference set use them. */
export const STATUSES = ['member', 'associate', 'observer', 'partner', 'suspended', 'participant', 'applicant'] as const;
export type Status = (typeof STATUSES)[number];

export const partialDate = z
  .string()
  .refine(isPartialDate, { message: 'must be an ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)' })
  .transform((s) => s as PartialDate);

export const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code in capitals');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');

export const citationSchema = z
  .object({
    source: id,
    /** What this source supports for this fact, in a few words. */
    supports: z.string().min(3),
    /** Article, page or section, where it helps find the statement. */
    locator: z.string().optional(),
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;
const citations = z.array(citationSchema).min(1, 'every fact needs at least one citation');

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(3),
    publisher: z.string().min(2),
    date: partialDate,
    /** The page shows no publication date: `date` is only when it was consulted (or the data's as-of date), and is shown as "undated". */
    undated: z.literal(true).optional(),
    url: z.string().url().optional(),
    kind: z.enum(['primary', 'official', 'news', 'reference', 'dataset', 'scholarly', 'secondary']),
    /** For secondary sources, say what makes it weaker (e.g. "quotes The Economist"). */
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema) }).strict();

export const bodySchema = z
  .object({
    id,
    org: z.enum(ORG_IDS),
    name: z.string(),
    short: z.string(),
    /** When the body was in force as the organisation's current form (for the legend). */
    from: partialDate,
    to: partialDate.nullable(),
    sources: citations,
  })
  .strict();
export type Body = z.infer<typeof bodySchema>;

export const organizationSchema = z
  .object({
    id: z.enum(ORG_IDS),
    name: z.string(),
    short: z.string(),
    /** Earliest date the lineage exists (the layer is empty before it). */
    from: partialDate,
    description: z.string(),
  })
  .strict();
export type Organization = z.infer<typeof organizationSchema>;


/** A claim that differs from the fact the map uses (kept, cited and shown, never silently dropped). */
export const alternativeClaimSchema = z
  .object({
    status: z.union([z.enum(STATUSES), z.literal('none')]),
    from: partialDate.optional(),
    to: partialDate.nullable().optional(),
    note: z.string().min(3),
    sources: citations,
  })
  .strict();
export type AlternativeClaim = z.infer<typeof alternativeClaimSchema>;

export const membershipFactSchema = z
  .object({
    id,
    state: iso3,
    org: z.enum(ORG_IDS),
    body: id,
    status: z.enum(STATUSES),
    from: partialDate,
    to: partialDate.nullable(),
    note: z.string().optional(),
    sources: citations,
    alternatives: z.array(alternativeClaimSchema).optional(),
  })
  .strict();
export type MembershipFact = z.infer<typeof membershipFactSchema>;

/** One file per organisation lineage: geodata/data/memberships/<org>.json. */
export const membershipFileSchema = z
  .object({
    organization: organizationSchema,
    /** The bodies of the lineage in order (Shanghai Five -> SCO, ...), for the legend. */
    bodies: z.array(bodySchema).min(1),
    facts: z.array(membershipFactSchema),
  })
  .strict();
export type MembershipFile = z.infer<typeof membershipFileSchema>;

export const stateSchema = z
  .object({
    iso3,
    name: z.string(),
    /** Name in the state's own language(s) and Russian, for search. */
    nameLocal: z.string().optional(),
    nameRu: z.string().optional(),
    /** Natural Earth adm0_a3 codes drawn as this state (KAZ + KAB for the Baikonur lease area, …). */
    ne: z.array(z.string()).optional(),
    /** For states that ceased to exist (the USSR): the interval they existed in this atlas. */
    from: partialDate.optional(),
    to: partialDate.optional(),
    /** Soviet republics: drawn as one USSR before its dissolution. */
    successorOf: iso3.optional(),
    capital: z.object({ name: z.string(), lon: z.number(), lat: z.number() }).strict().optional(),
    region: z.string().optional(),
  })
  .strict();
export type State = z.infer<typeof stateSchema>;

export const statesFileSchema = z
  .object({ generated: z.string().optional(), provenance: z.string().optional(), states: z.array(stateSchema) })
  .strict();

export const datasetInfoSchema = z
  .object({
    /** Facts are checked up to this day; no fact may start after it. */
    asOf: partialDate,
    title: z.string(),
    version: z.string(),
  })
  .strict();
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

export const coordinatePrecision = z.enum(['site', 'town', 'region']);
const lonLat = { lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) };

export const BASE_TYPES = [
  'air base', 'army base', 'naval facility', 'radar', 'test range', 'space port', 'support facility',
  'training centre', 'communications', 'logistics hub', 'peacekeeping', 'border guards', 'missile site', 'other',
] as const;

export const baseSchema = z
  .object({
    id,
    name: z.string().min(2),
    /** The state operating the base or facility. */
    operator: iso3,
    /** The state whose territory it is on (de jure; see `note` for occupied or breakaway areas). */
    host: iso3,
    type: z.enum(BASE_TYPES),
    from: partialDate,
    to: partialDate.nullable(),
    ...lonLat,
    precision: coordinatePrecision,
    /** 'weak' where only one secondary or contested report supports it. */
    confidence: z.enum(['strong', 'weak']),
    /** Place name, region, or breakaway area ("Abkhazia", "Transnistria"). */
    place: z.string().optional(),
    note: z.string().optional(),
    sources: citations,
  })
  .strict();
export type Base = z.infer<typeof baseSchema>;
export const basesFileSchema = z.object({ bases: z.array(baseSchema) }).strict();

export const EVENT_TYPES = [
  'summit', 'accession', 'exit', 'status change', 'treaty', 'exercise', 'deployment', 'war', 'clash',
  'attack', 'political', 'economic', 'other',
] as const;

export const eventSchema = z
  .object({
    id,
    date: partialDate,
    /** Last day for multi-day events (inclusive), when known. */
    end: partialDate.optional(),
    type: z.enum(EVENT_TYPES),
    title: z.string().min(3),
    /** One sentence in our own words. */
    summary: z.string().min(10),
    /** The states involved; for a summit, the members of the meeting body on that day. */
    participants: z.array(iso3).min(1),
    /** Summits: the participants whose head of state or government took part (in person or by video), where sources say. */
    attended: z.array(iso3).optional(),
    /** Summits: the participants whose leader did not take part (a lower-level delegate or no one came), where sources say. */
    absent: z.array(iso3).optional(),
    orgs: z.array(z.enum(ORG_IDS)).optional(),
    place: z
      .object({ name: z.string(), ...lonLat, precision: coordinatePrecision })
      .strict()
      .optional(),
    sources: citations,
  })
  .strict();
export type AtlasEvent = z.infer<typeof eventSchema>;
export const eventsFileSchema = z.object({ events: z.array(eventSchema) }).strict();

/** A goods-trade figure (US$ millions): exports, imports (either may be unknown), their total, and whether any part is an estimate. */
const tradeFlows = {
  exports: z.number().nonnegative().nullable(),
  imports: z.number().nonnegative().nullable(),
  total: z.number().nonnegative(),
  estimated: z.boolean(),
};

/**
 * The partner's own report of its trade with the reporter (a mirror figure), US$ millions, given
 * beside a reporter's figure that is missing or differs from it by more than a factor of two.
 * `exports` is the reporter's exports as the partner records them (the partner's imports, c.i.f.),
 * `imports` the reporter's imports as the partner records them (the partner's exports, f.o.b.).
 */
export const tradeMirrorSchema = z
  .object({
    /** The partner whose statistics give the figure. */
    by: iso3,
    ...tradeFlows,
    /** Shown beside the figure: what differs and by how much. */
    note: z.string().min(10),
  })
  .strict();
export type TradeMirror = z.infer<typeof tradeMirrorSchema>;

/** One partner row of a reporter's goods trade in one year (US$ millions). */
export const tradePartnerSchema = z
  .object({
    partner: iso3,
    ...tradeFlows,
    /**
     * How this figure was compiled when it differs from the year's basis (e.g. "partner-reported:
     * China's customs" beside a world total from the reporter's statistics): no share is given then.
     */
    basis: z.string().min(5).optional(),
    /** Shown beside the row, e.g. which IMF name the row was reported under. */
    note: z.string().min(5).optional(),
    /**
     * The total is a lower bound, not the year's figure: part of the year only, one flow only, or
     * quoted as "more than". Shown as "≥"; the row's basis or note says which.
     */
    lowerBound: z.literal(true).optional(),
    mirror: tradeMirrorSchema.optional(),
  })
  .strict();
export type TradePartner = z.infer<typeof tradePartnerSchema>;

/** Kinds of trade rows that are not a state: each is shown by its label, never as a state. */
export const TRADE_ROW_FLAGS = ['former-ussr-unallocated', 'former-state-name', 'combined-economies'] as const;
export type TradeRowFlag = (typeof TRADE_ROW_FLAGS)[number];

/**
 * A row the reporter recorded under a name that is not a state on the year's date: IMF "USSR"
 * after 1991 (trade not allocated to a successor state), "Czechoslovakia" after 1992, "Yugoslavia"
 * after 2003, and the Belgium-Luxembourg customs union. It holds a place among the largest partners.
 */
export const tradeLabelledRowSchema = z
  .object({
    /** "X-" and three letters: X-SUN, X-CSK, X-YUG, X-BLX. Never a state code. */
    id: z.string().regex(/^X-[A-Z]{3}$/, 'labelled rows have ids like X-SUN'),
    /** What the reader sees, e.g. "Former USSR, unallocated". */
    label: z.string().min(5),
    flag: z.enum(TRADE_ROW_FLAGS),
    ...tradeFlows,
    /** The IMF name and what it stands for on the year's date. */
    note: z.string().min(10),
  })
  .strict();
export type TradeLabelledRow = z.infer<typeof tradeLabelledRowSchema>;

/**
 * A partner the reporter's own data leave out (or put far below the partner's own report), given
 * from the partner's report so the panel never says the partner is absent.
 */
export const tradePartnerReportedRowSchema = z
  .object({
    partner: iso3,
    /** The reporter's own figure when it has one (too small to be among its largest partners). */
    reported: z
      .object({ exports: z.number().nonnegative(), imports: z.number().nonnegative(), total: z.number().nonnegative() })
      .strict()
      .nullable(),
    mirror: tradeMirrorSchema,
  })
  .strict();
export type TradePartnerReportedRow = z.infer<typeof tradePartnerReportedRowSchema>;

export const tradeYearSchema = z
  .object({
    year: z.number().int().min(1990).max(2100),
    /** Trade with the world (US$ millions), for shares; null if not reported. */
    worldTotal: z.number().nonnegative().nullable(),
    /** Partners by total, largest first. */
    partners: z.array(tradePartnerSchema),
    /** Rows recorded under a name that is not a state on the year's date (see the schema above). */
    labelled: z.array(tradeLabelledRowSchema).optional(),
    /** Partners given from their own report because the reporter's data leave them out. */
    partnerReported: z.array(tradePartnerReportedRowSchema).optional(),
    /**
     * When fewer rows are held than the source's list of largest partners (an aggregate such as
     * "Africa" took a place in the IMF extract): e.g. { shown: 19, of: 20 }, and why.
     */
    partnersShown: z
      .object({ shown: z.number().int().nonnegative(), of: z.number().int().positive(), note: z.string().min(10) })
      .strict()
      .optional(),
    /** Shown with the year: gaps in what the reporter recorded (e.g. no trade with former Soviet republics). */
    caveats: z.array(z.string().min(10)).optional(),
    /** The reporter's data leave out a large part of its trade: shares are of recorded trade only. */
    sharesOfRecordedTrade: z.literal(true).optional(),
    /**
     * For curated years, how the figures were compiled when that differs from the reporter's own
     * calendar-year customs figures (e.g. "partner-reported: China's customs", "fiscal year
     * April 2023 – March 2024"); shown to the reader beside the figures.
     */
    basis: z.string().min(5).optional(),
    /** Set when the basis differs from the year before (shown with the figures). */
    basisChange: z.string().min(10).optional(),
    sources: citations,
  })
  .strict();
export type TradeYear = z.infer<typeof tradeYearSchema>;

/** geodata/data/trade/<ISO3>.json: one reporter, every year it has. */
export const tradeFileSchema = z
  .object({ reporter: iso3, years: z.array(tradeYearSchema) })
  .strict();
export type TradeFile = z.infer<typeof tradeFileSchema>;
