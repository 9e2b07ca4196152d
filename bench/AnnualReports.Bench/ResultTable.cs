using System.Globalization;
using System.Text;

namespace AnnualReports.Bench;

/// <summary>The one table printed at the end: each figure, its target and the ratio to it.</summary>
internal sealed class ResultTable
{
    private static readonly string[] Header = ["section", "measure", "value", "target", "ratio to target", "verdict"];
    private readonly List<Row> _rows = [];

    /// <param name="target">The figure to meet, or <c>null</c> for a figure shown for context.</param>
    /// <param name="lowerIsBetter">True for times and sizes (ratio = value / target); false for speed-ups.</param>
    public void Add(string section, string measure, double value, string unit, double? target, bool lowerIsBetter)
    {
        lock (_rows)
        {
            _rows.Add(new Row(section, measure, value, unit, target, lowerIsBetter, null));
        }
    }

    public void Fail(string section, string why)
    {
        lock (_rows)
        {
            _rows.Add(new Row(section, "FAILED", double.NaN, "", null, true, why));
        }
    }

    public string Render()
    {
        var lines = new List<string[]> { Header };
        foreach (var row in _rows)
        {
            lines.Add(row.Cells());
        }

        var widths = Enumerable.Range(0, 6).Select(i => lines.Max(l => Width(l[i]))).ToArray();
        var text = new StringBuilder();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            text.AppendLine("| " + string.Join(" | ", line.Select((cell, i) => cell + new string(' ', widths[i] - Width(cell)))) + " |");
            if (index == 0)
            {
                text.AppendLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
            }
        }

        return text.ToString();
    }

    /// <summary>Display width: CJK characters take two columns.</summary>
    private static int Width(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);

    private sealed record Row(string Section, string Measure, double Value, string Unit, double? Target, bool LowerIsBetter, string? Failure)
    {
        public string[] Cells()
        {
            if (Failure is not null)
            {
                return [Section, Measure, Failure, "", "", "FAIL"];
            }

            var value = Format(Value) + (Unit.Length > 0 ? " " + Unit : "");
            if (Target is not { } target)
            {
                return [Section, Measure, value, "", "", ""];
            }

            var ratio = Value / target;
            var met = LowerIsBetter ? Value <= target : Value >= target;
            var bound = (LowerIsBetter ? "≤ " : "≥ ") + Format(target) + (Unit.Length > 0 ? " " + Unit : "");
            var shownRatio = target == 0 ? "" : ratio.ToString("0.00", CultureInfo.InvariantCulture);
            return [Section, Measure, value, bound, shownRatio, met ? "met" : "MISSED"];
        }

        private static string Format(double value) => value switch
        {
            double.NaN => "n/a",
            _ when value == Math.Floor(value) && Math.Abs(value) < 1e9 => value.ToString("0", CultureInfo.InvariantCulture),
            >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
            >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
            _ => value.ToString("0.000", CultureInfo.InvariantCulture),
        };
    }
}
