import { Injectable } from '@nestjs/common';
import { Indicator, Locale, MOROCCO_REGIONS, Stage } from '@rafiq/shared';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { DataSource } from 'typeorm';
import { Actor } from '../../../common/actor';
import { ImpactFilter } from '../dto/impact.inputs';
import { impactScope } from '../impact.sql';
import { ImpactService } from '../impact.service';
import { GenderFigure, Impact, RegionFigure, StageFigure, TargetProgress } from '../impact.types';
import type { FollowUpRateRow } from '../../follow-up/follow-up.service';
import { VoiceFigures, VoiceImpactResolver } from '../../complaint/voice-impact.resolver';
import { isShareFigure, REPORT_FIGURES, reportLabels, ReportLabels } from './labels';
import { regionPaths, shade } from './map';

export interface Story {
  title: string;
  stage: Stage;
  regionCode: string;
  since: string;
}

export interface ReportData {
  locale: Locale;
  labels: ReportLabels;
  programName: string;
  period: string;
  impact: Impact;
  byRegion: RegionFigure[];
  byStage: StageFigure[];
  byGender: GenderFigure[];
  targets: TargetProgress[];
  /** Survival after graduation at 6 and 12 months, as `impact { survival }` gives it. */
  survival: FollowUpRateRow[];
  /** Complaints and satisfaction, as `impact { voice }` gives them to the caller. */
  voice: VoiceFigures;
  stories: Story[];
}

const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_FONT = require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff');

/** `WOMEN_SHARE` → `womenShare`: the label key of a programme indicator. */
const indicatorKey = (i: Indicator) => i.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Funder reports (PDF and XLSX) from the same figures as the dashboard, in French, Arabic or English. */
@Injectable()
export class ImpactReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly impact: ImpactService,
    private readonly voice: VoiceImpactResolver,
  ) {}

  async data(actor: Actor, filter: ImpactFilter, locale: Locale): Promise<ReportData> {
    const labels = reportLabels(locale);
    const [impact, byRegion, byStage, byGender, targets, survival, voice, stories, program] = await Promise.all([
      this.impact.impact(actor, filter),
      this.impact.byRegion(actor, filter),
      this.impact.byStage(actor, filter),
      this.impact.byGender(actor, filter),
      this.impact.targets(actor, filter),
      this.impact.survival(actor, filter),
      this.voice.voice(Object.assign(new Impact(), { actor, filter })),
      this.stories(actor, filter),
      filter.programId
        ? this.dataSource.query<Array<{ name: string }>>(`SELECT name FROM program WHERE id = $1 AND organization_id = $2`, [
            filter.programId,
            actor.organizationId,
          ])
        : Promise.resolve([]),
    ]);
    const period = filter.from || filter.to ? `${filter.from ?? '…'} → ${filter.to ?? '…'}` : labels.allTime;
    return {
      locale,
      labels,
      programName: program[0]?.name ?? labels.allPrograms,
      period,
      impact,
      byRegion,
      byStage,
      byGender,
      targets,
      survival,
      voice,
      stories,
    };
  }

  /** The voice headline: label and formatted value. */
  private voiceRows(d: ReportData): Array<[string, number | null, 'n' | 'withinShare' | 'average']> {
    const V = d.labels.voice;
    const v = d.voice;
    return [
      [V.received, v.complaintsReceived, 'n'],
      [V.open, v.complaintsOpen, 'n'],
      [V.within, v.resolvedWithinDeadline, 'n'],
      [V.withinShare, v.resolvedWithinDeadlineShare, 'withinShare'],
      [V.satisfaction, v.satisfactionAverage, 'average'],
      [V.ratings, v.satisfactionRatings, 'n'],
    ];
  }

  /** The survival table: one row per milestone (6, 12 months). */
  private survivalRows(d: ReportData): Array<[string, number, number, number | null, number, number]> {
    const S = d.labels.survival;
    return d.survival.map((r) => [S.after.replace('{months}', String(r.months)), r.recorded, r.stillOperating, r.survivalRate, r.due, r.overdue]);
  }

  /** Up to 10 ventures now at OPERATING or GROWING, the most recent first. */
  private async stories(actor: Actor, filter: ImpactFilter): Promise<Story[]> {
    const s = impactScope(actor, filter);
    const [q, p] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT v.title, v.stage, v.region_code, to_char(v.stage_since, 'YYYY-MM-DD') AS since FROM venture v
        WHERE v.id IN (${s.ventures}) AND v.stage IN ('OPERATING', 'GROWING') ORDER BY v.stage_since DESC, v.id LIMIT 10`,
      s.params,
    );
    const rows = await this.dataSource.query<Array<{ title: string; stage: Stage; region_code: string; since: string }>>(q, p);
    return rows.map((r) => ({ title: r.title, stage: r.stage, regionCode: r.region_code, since: r.since }));
  }

  regionName(code: string, locale: Locale): string {
    const r = MOROCCO_REGIONS.find((x) => x.code === code);
    return r ? (locale === Locale.AR ? r.nameAr : r.nameFr) : code;
  }

  format(d: ReportData, key: string, value: number | null | undefined): string {
    if (value === null || value === undefined) return '—';
    const lang = d.locale === Locale.AR ? 'ar-MA' : d.locale;
    return isShareFigure(key)
      ? new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, numberingSystem: 'latn' }).format(value)
      : new Intl.NumberFormat(lang, { maximumFractionDigits: 2, numberingSystem: 'latn' }).format(value);
  }

  async xlsx(d: ReportData): Promise<Buffer> {
    const L = d.labels;
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Rafiq';
    const rtl = d.locale === Locale.AR;
    const sheet = (name: string) => wb.addWorksheet(name, { views: [{ rightToLeft: rtl }] });
    const ind = sheet(L.indicators);
    ind.addRow([L.title, d.programName]);
    ind.addRow([L.period, d.period]);
    ind.addRow([L.asOf, d.impact.asOf]);
    ind.addRow([]);
    ind.addRow([L.indicator, L.value]).font = { bold: true };
    for (const key of REPORT_FIGURES) {
      const row = ind.addRow([L.figures[key], d.impact[key]]);
      if (isShareFigure(key)) row.getCell(2).numFmt = '0.0%';
    }
    ind.getColumn(1).width = 42;
    ind.getColumn(2).width = 18;

    const tg = sheet(L.targets);
    tg.addRow([L.indicator, L.target, L.actual, L.expected, L.progress]).font = { bold: true };
    for (const x of d.targets) {
      const key = indicatorKey(x.indicator);
      const row = tg.addRow([`${L.figures[key] ?? x.indicator} — ${x.programName}`, x.target, x.actual, x.expected, x.progress]);
      if (isShareFigure(key)) for (const c of [2, 3, 4]) row.getCell(c).numFmt = '0.0%';
      row.getCell(5).numFmt = '0%';
    }
    tg.getColumn(1).width = 50;

    const rg = sheet(L.regions);
    rg.addRow([L.region, L.beneficiaries, L.women]).font = { bold: true };
    for (const r of d.byRegion) rg.addRow([this.regionName(r.regionCode, d.locale), r.beneficiaries, r.women]);
    rg.getColumn(1).width = 36;

    const st = sheet(L.stages);
    st.addRow([L.stage, L.ventures, L.reached]).font = { bold: true };
    for (const s of d.byStage) st.addRow([L.stageNames[s.stage], s.ventures, s.reached]);
    st.addRow([]);
    st.addRow([L.gender, L.beneficiaries]).font = { bold: true };
    for (const g of d.byGender) st.addRow([L.genderNames[g.gender], g.beneficiaries]);
    st.getColumn(1).width = 24;

    const sv = sheet(L.survival.title);
    sv.addRow(['', L.survival.recorded, L.survival.stillOperating, L.survival.rate, L.survival.due, L.survival.overdue]).font = { bold: true };
    for (const r of this.survivalRows(d)) sv.addRow(r).getCell(4).numFmt = '0.0%';
    sv.getColumn(1).width = 24;
    for (const c of [2, 3, 4, 5, 6]) sv.getColumn(c).width = 20;

    const vo = sheet(L.voice.title);
    vo.addRow([L.indicator, L.value]).font = { bold: true };
    for (const [label, value, kind] of this.voiceRows(d)) {
      const row = vo.addRow([label, value]);
      if (kind === 'withinShare') row.getCell(2).numFmt = '0.0%';
    }
    vo.addRow([]);
    vo.addRow([L.voice.category, L.voice.received, L.voice.within]).font = { bold: true };
    for (const c of d.voice.byCategory) vo.addRow([L.voice.categories[c.category], c.received, c.resolvedWithinDeadline]);
    vo.getColumn(1).width = 44;
    vo.getColumn(2).width = 20;
    vo.getColumn(3).width = 24;

    const sr = sheet(L.stories);
    sr.addRow([L.ventures, L.stage, L.region, L.since]).font = { bold: true };
    for (const s of d.stories) sr.addRow([s.title, L.stageNames[s.stage], this.regionName(s.regionCode, d.locale), s.since]);
    sr.getColumn(1).width = 40;
    sr.getColumn(3).width = 32;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /**
   * The PDF: Helvetica for Latin text, Noto Sans Arabic (embedded, from the npm package) for
   * Arabic text, which fontkit shapes (joined letter forms, right-to-left runs). Numbers always sit
   * in their own cells so a right-to-left run never reorders their digits.
   */
  pdf(d: ReportData): Promise<Buffer> {
    const L = d.labels;
    const rtl = d.locale === Locale.AR;
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: `${L.title} — ${d.programName}`, Author: 'Rafiq' },
      lang: d.locale,
    });
    doc.registerFont('arabic', ARABIC_FONT);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;

    const text = (s: string, x: number, y: number, w: number, opts: { size?: number; bold?: boolean; align?: 'left' | 'right' } = {}) => {
      doc.font(ARABIC.test(s) ? 'arabic' : opts.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(opts.size ?? 10);
      doc.text(s, x, y, { width: w, align: opts.align ?? (rtl ? 'right' : 'left'), lineBreak: true });
    };
    const heading = (s: string) => {
      if (doc.y > doc.page.height - 160) doc.addPage();
      doc.moveDown(0.8);
      text(s, left, doc.y, width, { size: 14, bold: true });
      doc.moveDown(0.3);
    };
    /** A table; in Arabic the columns run from right to left. */
    const table = (head: string[], rows: string[][], widths: number[]) => {
      const total = widths.reduce((a, b) => a + b, 0);
      const ws = widths.map((w) => (w / total) * width);
      const draw = (cells: string[], bold: boolean) => {
        if (doc.y > doc.page.height - 72) doc.addPage();
        const y = doc.y;
        let maxY = y;
        let x = rtl ? left + width : left;
        cells.forEach((cell, i) => {
          const w = ws[i];
          if (rtl) x -= w;
          text(cell, x + 2, y, w - 4, { bold, align: rtl ? 'right' : 'left' });
          maxY = Math.max(maxY, doc.y);
          if (!rtl) x += w;
        });
        doc.y = maxY + 3;
        doc
          .moveTo(left, doc.y - 1)
          .lineTo(left + width, doc.y - 1)
          .lineWidth(0.3)
          .strokeColor('#cccccc')
          .stroke();
      };
      draw(head, true);
      rows.forEach((r) => draw(r, false));
    };

    text(L.title, left, doc.y, width, { size: 20, bold: true });
    text(d.programName, left, doc.y + 4, width, { size: 13 });
    text(`${L.period}:`, left, doc.y + 4, width);
    text(d.period, left, doc.y, width);
    text(`${L.asOf}:`, left, doc.y + 2, width, { size: 8 });
    text(d.impact.asOf, left, doc.y, width, { size: 8 });

    heading(L.indicators);
    table(
      [L.indicator, L.value],
      REPORT_FIGURES.map((key) => [L.figures[key], this.format(d, key, d.impact[key])]),
      [3, 1],
    );

    if (d.targets.length) {
      heading(L.targets);
      table(
        [L.indicator, L.target, L.actual, L.expected, L.progress],
        d.targets.map((x) => {
          const key = indicatorKey(x.indicator);
          return [
            L.figures[key] ?? x.indicator,
            this.format(d, key, x.target),
            this.format(d, key, x.actual),
            this.format(d, key, x.expected),
            this.format(d, 'progressShare', x.progress),
          ];
        }),
        [3, 1, 1, 1, 1],
      );
    }

    heading(L.regions);
    const top = doc.y;
    const values = new Map(d.byRegion.map((r) => [r.regionCode, r.beneficiaries]));
    const max = Math.max(0, ...values.values());
    const mapX = rtl ? left : left + width - 240;
    doc.save();
    doc.translate(mapX, top);
    for (const { code, d: path } of regionPaths()) {
      doc
        .path(path)
        .lineWidth(0.5)
        .fillColor(shade(values.get(code) ?? 0, max))
        .strokeColor('#ffffff')
        .fillAndStroke();
    }
    doc.restore();
    doc.fillColor('#000000').strokeColor('#000000');
    const tableX = rtl ? left + 250 : left;
    doc.y = top;
    const rows = MOROCCO_REGIONS.map((r) => [this.regionName(r.code, d.locale), this.format(d, 'n', values.get(r.code) ?? 0)]);
    const saveLeft = left;
    // The region table beside the map.
    const colW = [width - 250 - 60, 60];
    for (const [name, n] of [[L.region, L.beneficiaries], ...rows]) {
      const y = doc.y;
      if (rtl) {
        text(name, tableX + colW[1], y, colW[0], { align: 'right' });
        text(n, tableX, y, colW[1], { align: 'left' });
      } else {
        text(name, saveLeft, y, colW[0], { align: 'left' });
        text(n, saveLeft + colW[0], y, colW[1], { align: 'right' });
      }
      doc.y = Math.max(doc.y, y + 13);
    }
    doc.y = Math.max(doc.y, top + 275);
    text(L.mapCredit, left, doc.y, width, { size: 7 });

    heading(L.stages);
    table(
      [L.stage, L.ventures, L.reached],
      d.byStage.map((s) => [L.stageNames[s.stage], String(s.ventures), String(s.reached)]),
      [2, 1, 1],
    );
    heading(L.gender);
    table(
      [L.gender, L.beneficiaries],
      d.byGender.map((g) => [L.genderNames[g.gender], String(g.beneficiaries)]),
      [2, 1],
    );

    heading(L.survival.title);
    table(
      ['', L.survival.recorded, L.survival.stillOperating, L.survival.rate, L.survival.due, L.survival.overdue],
      this.survivalRows(d).map(([label, recorded, operating, rate, due, overdue]) => [
        label,
        String(recorded),
        String(operating),
        this.format(d, 'survivalShare', rate),
        String(due),
        String(overdue),
      ]),
      [2, 1, 1, 1, 1, 1],
    );

    heading(L.voice.title);
    table(
      [L.indicator, L.value],
      this.voiceRows(d).map(([label, value, kind]) => [label, this.format(d, kind, value)]),
      [3, 1],
    );
    doc.moveDown(0.5);
    table(
      [L.voice.category, L.voice.received, L.voice.within],
      d.voice.byCategory.map((c) => [L.voice.categories[c.category], String(c.received), String(c.resolvedWithinDeadline)]),
      [3, 1, 1],
    );

    heading(L.stories);
    if (!d.stories.length) text(L.noStories, left, doc.y, width);
    else
      table(
        [L.ventures, L.stage, L.region, L.since],
        d.stories.map((s) => [s.title, L.stageNames[s.stage], this.regionName(s.regionCode, d.locale), s.since]),
        [3, 1, 2, 1],
      );

    doc.end();
    return done;
  }
}
