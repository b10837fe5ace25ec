import { describe, expect, it } from 'vitest';
import { exportHash, parseAtlasCliArgs, type AtlasCliEnvironment } from './atlas-args.js';

const env: AtlasCliEnvironment = {
  today: '2026-11-22',
  cwd: '/work/out',
  isKnownState: (c) => ['KAZ', 'KGZ', 'ARM'].includes(c),
  pathKind: (p) => (p === '/work/out' || p === '/tmp' || p === '/work/out/maps' ? 'directory' : p === '/work/out/old.png' || p === '/work/out/locked.png' ? 'file' : 'missing'),
  outProblem: (p) => (p === '/work/out/locked.png' ? 'the file is read-only (mode 444)' : p.startsWith('/tmp/') ? null : p.startsWith('/work/out/') ? null : 'the folder does not take new files (EACCES)'),
};
const parse = (line: string) => parseAtlasCliArgs(line.split(' ').filter((s) => s !== ''), env);
/** The single request of a one-date command. */
const one = (line: string) => {
  const r = parse(line);
  if (r.kind !== 'export') throw new Error(JSON.stringify(r));
  expect(r.requests).toHaveLength(1);
  return r.requests[0]!;
};
const error = (line: string): string => {
  const r = parse(line);
  if (r.kind !== 'error') throw new Error(`expected an error for: ${line}`);
  return r.message;
};

describe('parseAtlasCliArgs', () => {
  it('reads the example of the issue', () => {
    expect(parse('export --date 2024 --orgs SCO,CSTO --format png --size a4-landscape --dpi 300 --out map.png')).toEqual({
      kind: 'export',
      requests: [{
        format: 'png', dateInput: '2024', day: '2024-12-31', orgs: ['SCO', 'CSTO'], size: 'a4-landscape', dpi: 300, projection: 'mercator', mode: 'status',
        title: '', subtitle: '', camera: null, states: [], compare: null, overlays: null, borders: 'dejure', orgPages: false, out: '/work/out/map.png',
      }],
    });
  });

  it('reads a briefing request and takes the format from the file name', () => {
    const r = parse('export --date 2024 --orgs csto --states KAZ,kgz --compare 2014 --out /tmp/brief.pdf');
    expect(r).toMatchObject({ kind: 'export', requests: [{ format: 'pdf', size: 'a4-portrait', states: ['KAZ', 'KGZ'], compare: '2014-12-31', projection: 'conic', orgs: ['CSTO'] }] });
  });

  it('reads --borders (dejure by default, defacto on request), puts it in the app link, and names a bad value', () => {
    expect(one('export --borders defacto --out a.png')).toMatchObject({ borders: 'defacto' });
    expect(exportHash(one('export --borders DEFACTO --out a.png'))).toContain('borders=defacto');
    expect(exportHash(one('export --out a.png'))).not.toContain('borders=');
    const bad = parseAtlasCliArgs(['export', '--borders', 'russian', '--out', 'a.png'], env);
    expect(bad).toMatchObject({ kind: 'error', message: expect.stringMatching(/--borders "russian" is not accepted; use dejure or defacto/) as string });
  });

  it('reads the overlays in a fixed order, "none" for a bare map, and leaves them to the app when not given', () => {
    expect(one('export --overlays events,BASES --out a.png')).toMatchObject({ overlays: ['bases', 'events'] });
    expect(one('export --overlays none --out a.svg')).toMatchObject({ overlays: [] });
    expect(one('export --out a.svg')).toMatchObject({ overlays: null });
    expect(error('export --overlays bases,pipelines --out a.png')).toBe('--overlays "bases,pipelines" is not accepted; use bases, events (comma-separated) or none');
    expect(error('export --overlays , --out a.png')).toContain('is not accepted');
  });

  it('keeps organisations in the atlas order and defaults to today and the SCO', () => {
    expect(one('export --orgs CIS,SCO --out a.svg')).toMatchObject({ orgs: ['SCO', 'CIS'], day: '2026-11-22', dateInput: '2026' });
    expect(one('export --out a.svg')).toMatchObject({ orgs: ['SCO'] });
  });

  it('accepts the context organisations (NATO, EU, BRICS, OTS, GUAM) beside the core four', () => {
    expect(one('export --orgs GUAM,EU,CSTO,NATO --out a.svg')).toMatchObject({ orgs: ['CSTO', 'NATO', 'EU', 'GUAM'] });
  });

  it('overwrites an existing file (the write is atomic), but refuses a folder as --out or a missing folder', () => {
    expect(parse('export --out old.png')).toMatchObject({ kind: 'export' });
    expect(error('export --out maps')).toContain('is a folder');
    expect(error('export --out nowhere/map.png')).toBe('--out "nowhere/map.png": the folder /work/out/nowhere does not exist; create it first');
  });

  it.each([
    ['export --format png --dpi 1000 --out map.png', '--dpi "1000" is not accepted; use a whole number from 96 to 300'],
    ['export --format png --dpi 150dpi --out map.png', '--dpi "150dpi" is not accepted; use a whole number from 96 to 300'],
    ['export --format tiff --out map.tiff', '--format "tiff" is not accepted; use png, svg, pdf'],
    ['export --size a5 --out map.png', '--size "a5" is not accepted; use slide, a4-landscape, a4-portrait, a3-landscape, a3-portrait'],
    ['export --orgs SCO,OTAN --out map.png', '--orgs: unknown organisation "OTAN"; use SCO, CSTO, EAEU, CIS, NATO, EU, BRICS, OTS, GUAM, separated by commas'],
    ['export --date 2016-02-30 --out map.png', '--date: "2016-02-30" is not a date; use YYYY (meaning 31 December, or today for the current year) or YYYY-MM-DD'],
    ['export --date 1985 --out map.png', 'outside the atlas\u2019s range'.replace('\u2019', "'")],
    ['export --format svg --dpi 300 --out map.svg', '--dpi applies to PNG only (SVG and PDF are vector); leave it out for --format svg'],
    ['export --format png --states KAZ --out map.png', '--states applies to the PDF briefing only; use --format pdf or leave it out'],
    ['export --states KAZ,XYZ --out b.pdf', '--states: unknown state "XYZ"; use ISO 3166 alpha-3 codes such as KAZ,KGZ'],
    ['export --date 2014 --compare 2020 --out b.pdf', '--compare 2020 (2020-12-31) is not before --date 2014 (2014-12-31)'],
    ['export --size slide --out b.pdf', '--size "undefined" is not a paper size'.replace('"undefined"', '"slide"')],
    ['export --projection conic --out map.png', '--projection "conic" is not accepted; use mercator, globe'],
    ['export --projection globe --out map.svg', '--projection "globe" is not accepted; use conic, mercator'],
    ['export --map 3/48 --out map.png', '--map "3/48" is not accepted; use zoom/lat/lng, e.g. 3/48/70'],
    ['export --format png --out map.svg', '--out "map.svg" does not end in .png, the format asked for; name it *.png'],
    ['export --out map', '--format is missing and --out "map" does not end in .png, .svg or .pdf'],
    ['export --colour red --out map.png', "Unknown option '--colour'"],
    ['export --format png', '--out is required'],
    ['draw --out map.png', 'unknown command "draw"'],
  ])('%s → "%s"', (line, message) => {
    const m = error(line);
    expect(m).toContain(message);
    expect(m).not.toContain('\n');
  });

  it('writes one file per date of a list or a range, in date order, naming each by its {date}', () => {
    const list = parse('export --date 2024,2014,2024-12-31 --orgs SCO --out maps/sco-{date}.png');
    expect(list.kind === 'export' && list.requests.map((r) => [r.day, r.dateInput, r.out])).toEqual([
      ['2014-12-31', '2014', '/work/out/maps/sco-2014.png'],
      ['2024-12-31', '2024', '/work/out/maps/sco-2024.png'],
    ]);
    const range = parse('export --dates 1992..2025 --step 4 --out /tmp/{date}.svg');
    expect(range.kind === 'export' && range.requests.map((r) => r.out)).toEqual([1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024].map((y) => `/tmp/${y}.svg`));
    const yearly = parse('export --dates 1992..2025 --out /tmp/{date}.png');
    expect(yearly.kind === 'export' && yearly.requests.length).toBe(34);
    const days = parse('export --dates 2012-02-29..2016-02-29 --step 2 --out /tmp/{date}.png');
    expect(days.kind === 'export' && days.requests.map((r) => r.day)).toEqual(['2012-02-29', '2014-02-28', '2016-02-29']);
    const compared = parse('export --date 2014,2024 --compare 2004 --out /tmp/b-{date}.pdf');
    expect(compared.kind === 'export' && compared.requests.map((r) => r.compare)).toEqual(['2004-12-31', '2004-12-31']);
  });

  it.each([
    ['export --date 2014,2024 --out map.png', '2 dates make 2 files: put {date} in --out, e.g. --out map-{date}.png'],
    ['export --date 2014 --dates 1992..2000 --out {date}.png', '--date and --dates cannot be combined'],
    ['export --step 2 --out {date}.png', '--step applies to a range'],
    ['export --dates 2024..2014 --out {date}.png', 'runs backwards'],
    ['export --dates 1992-2024 --out {date}.png', '--dates "1992-2024" is not a range; use <from>..<to>'],
    ['export --dates 1992..2024-01-01 --out {date}.png', 'write both ends the same way'],
    ['export --dates 1992..2024 --step 0 --out {date}.png', '--step "0" is not accepted; use a whole number of years from 1 to 50'],
    ['export --dates 1992..2030 --out {date}.png', '--dates (to):'],
    ['export --date 2014,2020 --compare 2016 --out /tmp/{date}.pdf', '--compare 2016 (2016-12-31) is not before --date 2014'],
  ])('batch: %s → "%s"', (line, message) => {
    expect(error(line)).toContain(message);
  });

  it('refuses an --out that cannot be written before anything is rendered, with the cause', () => {
    expect(error('export --out locked.png')).toBe('--out "locked.png": /work/out/locked.png cannot be written: the file is read-only (mode 444)');
    expect(error('export --out /work/map.png')).toBe('--out "/work/map.png": the folder /work does not exist; create it first');
    expect(error('export --out /tmp/../work/out/../../proc/x.png')).toContain('does not exist');
  });

  it('takes a relative --out from the caller\'s folder', () => {
    expect(one('export --out maps/../maps/x.png').out).toBe('/work/out/maps/x.png');
  });

  it('asks for help', () => {
    expect(parse('export --help')).toEqual({ kind: 'help' });
    expect(parse('--help')).toEqual({ kind: 'help' });
  });
});

describe('exportHash', () => {
  it('is the app link of the request: date as given, organisations, camera, projection, mode', () => {
    const r = parse('export --date 2016 --orgs CSTO --map 3/48/70 --projection globe --mode count --out m.png');
    if (r.kind !== 'export') throw new Error(JSON.stringify(r));
    expect(exportHash(r.requests[0]!)).toBe('#date=2016&orgs=CSTO&map=3/48/70&projection=globe&mode=count');
  });
});
