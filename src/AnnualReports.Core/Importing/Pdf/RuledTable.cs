namespace AnnualReports.Importing.Pdf;

/// <summary>A straight ruling line drawn on a PDF page: horizontal (<see cref="Y1"/> = <see cref="Y2"/>) or vertical.</summary>
internal sealed record Ruling(double X1, double Y1, double X2, double Y2)
{
    public bool IsHorizontal => Y2 - Y1 < X2 - X1;
}

/// <summary>A cell of a ruled table: its text and the grid rows and columns it covers (a merged cell covers several).</summary>
internal sealed record RuledCell(int Row, int LastRow, int Column, int LastColumn)
{
    public string Text { get; set; } = "";
}

/// <summary>
/// A table found by its ruling lines: the grid is cut at every ruling (and the table's outer edges), and two grid
/// cells are one merged cell where the line between them is not drawn — the way gridSpan and vMerge print.
/// </summary>
internal sealed class RuledTable
{
    private const double Tolerance = 2;

    private RuledTable(double left, double right, double bottom, double top, double[] xs, double[] ys, List<RuledCell> cells)
    {
        (Left, Right, Bottom, Top, Xs, Ys, Cells) = (left, right, bottom, top, xs, ys, cells);
    }

    public double Left { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Top { get; }

    /// <summary>Column edges, left to right.</summary>
    public double[] Xs { get; }

    /// <summary>Row edges, top to bottom (PDF y grows upwards).</summary>
    public double[] Ys { get; }

    public List<RuledCell> Cells { get; }

    public int RowCount => Ys.Length - 1;

    public bool Contains(double x, double y) => x > Left && x < Right && y > Bottom && y < Top;

    /// <summary>The cell whose area holds the point, or null.</summary>
    public RuledCell? CellAt(double x, double y)
    {
        var column = Array.FindLastIndex(Xs, e => e <= x);
        var row = Array.FindLastIndex(Ys, e => e >= y);
        return column < 0 || row < 0 || column >= Xs.Length - 1 || row >= Ys.Length - 1
            ? null
            : Cells.FirstOrDefault(c => c.Row <= row && row <= c.LastRow && c.Column <= column && column <= c.LastColumn);
    }

    /// <summary>The tables on a page: rulings that touch one another form one table.</summary>
    public static List<RuledTable> Find(IReadOnlyList<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < rulings.Count; i++)
        {
            for (var j = i + 1; j < rulings.Count; j++)
            {
                if (Touch(rulings[i], rulings[j]))
                {
                    parent[Root(i)] = Root(j);
                }
            }
        }

        return [.. Enumerable.Range(0, rulings.Count)
            .GroupBy(Root)
            .Select(g => Build([.. g.Select(i => rulings[i])]))
            .OfType<RuledTable>()
            .OrderByDescending(t => t.Top)];
    }

    private static bool Touch(Ruling a, Ruling b) =>
        a.X1 <= b.X2 + Tolerance && b.X1 <= a.X2 + Tolerance && a.Y1 <= b.Y2 + Tolerance && b.Y1 <= a.Y2 + Tolerance;

    private static RuledTable? Build(List<Ruling> rulings)
    {
        var horizontal = rulings.Where(r => r.IsHorizontal).ToList();
        var vertical = rulings.Where(r => !r.IsHorizontal).ToList();
        if (horizontal.Count == 0 || vertical.Count == 0)
        {
            return null;
        }

        var (left, right) = (rulings.Min(r => r.X1), rulings.Max(r => r.X2));
        var (bottom, top) = (rulings.Min(r => r.Y1), rulings.Max(r => r.Y2));
        if (right - left < 20 || top - bottom < 10)
        {
            return null;
        }

        var xs = Edges([left, right, .. vertical.Select(v => v.X1)], ascending: true);
        var ys = Edges([top, bottom, .. horizontal.Select(h => h.Y1)], ascending: false);
        var (rows, columns) = (ys.Length - 1, xs.Length - 1);
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var r = 0; r < rows; r++)
        {
            var yMid = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < columns; c++)
            {
                var xMid = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !vertical.Any(v => Math.Abs(v.X1 - xs[c + 1]) <= Tolerance && v.Y1 - Tolerance <= yMid && yMid <= v.Y2 + Tolerance))
                {
                    parent[Root((r * columns) + c)] = Root((r * columns) + c + 1);
                }

                if (r + 1 < rows && !horizontal.Any(h => Math.Abs(h.Y1 - ys[r + 1]) <= Tolerance && h.X1 - Tolerance <= xMid && xMid <= h.X2 + Tolerance))
                {
                    parent[Root((r * columns) + c)] = Root(((r + 1) * columns) + c);
                }
            }
        }

        var cells = Enumerable.Range(0, rows * columns)
            .GroupBy(Root)
            .Select(g => new RuledCell(g.Min(i => i / columns), g.Max(i => i / columns), g.Min(i => i % columns), g.Max(i => i % columns)))
            .OrderBy(c => c.Row).ThenBy(c => c.Column)
            .ToList();
        return new RuledTable(left, right, bottom, top, xs, ys, cells);
    }

    /// <summary>Distinct positions, those closer than the tolerance taken as one.</summary>
    private static double[] Edges(IEnumerable<double> positions, bool ascending)
    {
        var sorted = positions.Order().ToList();
        var edges = new List<double>();
        foreach (var p in sorted)
        {
            if (edges.Count == 0 || p - edges[^1] > Tolerance)
            {
                edges.Add(p);
            }
        }

        if (!ascending)
        {
            edges.Reverse();
        }

        return [.. edges];
    }
}
