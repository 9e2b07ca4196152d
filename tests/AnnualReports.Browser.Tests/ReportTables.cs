using Microsoft.Playwright;

namespace AnnualReports.Browser.Tests;

/// <summary>
/// Reads a table cell as a reader finds it: the table by its caption, the row by its row header, the column by the
/// column header standing above the cell on the rendered page (so spans and nested headings are taken into account).
/// </summary>
public static class ReportTables
{
    private const string Script = """
        ([caption, rowLabel, columnLabel]) => {
          const table = [...document.querySelectorAll('table')].find(t => t.caption && t.caption.textContent.includes(caption));
          if (!table) return 'no table captioned ' + caption;
          const rowHeader = [...table.querySelectorAll('th[scope=row]')].find(th => th.textContent.trim().startsWith(rowLabel));
          if (!rowHeader) return 'no row ' + rowLabel;
          const columns = [...table.querySelectorAll('th[scope=col], th[scope=colgroup]')]
            .filter(th => th.textContent.trim() === columnLabel)
            .map(th => th.getBoundingClientRect());
          if (columns.length === 0) return 'no column ' + columnLabel;
          const cell = [...rowHeader.closest('tr').querySelectorAll('td')].find(td => {
            const box = td.getBoundingClientRect();
            const middle = box.left + box.width / 2;
            return columns.some(column => middle >= column.left && middle <= column.right);
          });
          return cell ? cell.textContent.trim() : 'no cell under ' + columnLabel + ' in row ' + rowLabel;
        }
        """;

    public static Task<string> CellAsync(IPage page, string caption, string rowLabel, string columnLabel)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>(Script, new[] { caption, rowLabel, columnLabel });
    }
}
