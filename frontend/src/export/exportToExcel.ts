// Excel export of exactly what a table shows. exceljs is loaded on first use,
// so it never weighs on a page that does not export.

export type ExportColumn<T> = {
  title: string;
  value: (row: T) => string | number | null | undefined;
  /** Excel number format, e.g. '#,##0.00' or '0.0%'. */
  numFmt?: string;
  width?: number;
};

/** With a title (year, scope, filters, sort, time of export), it goes in a first row above the headers. */
export async function buildWorkbook<T>(sheetName: string, columns: ExportColumn<T>[], rows: T[], title?: string): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: title ? 2 : 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.title, key: `c${i}`, width: c.width ?? Math.max(10, c.title.length * 2 + 2), style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  if (title) {
    sheet.insertRow(1, [title]);
    sheet.mergeCells(1, 1, 1, Math.max(1, columns.length));
    sheet.getRow(1).font = { bold: true, size: 12 };
  }
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? null));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Builds the workbook and hands it to the browser as a download. */
export async function exportToExcel<T>(fileName: string, sheetName: string, columns: ExportColumn<T>[], rows: T[], title?: string): Promise<void> {
  const buffer = await buildWorkbook(sheetName, columns, rows, title);
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
