using AnnualReports.Reports;

namespace AnnualReports.Demo;

/// <summary>
/// Random reports that break no rule: every table adds up, blanks only where the office may leave one (a zero
/// cell; a total only when its parts are all zero), a publish date inside the legal deadline, a layout that fits
/// the year, no empty narrative section. Plain C# over <see cref="Random"/>, so tests, properties and benchmarks
/// can share it, and the local run can publish a demonstration site; the same seed gives the same report.
/// </summary>
public static class ConsistentReports
{
    private static readonly (string Id, string Name, AgencyKind Kind, string Region)[] Agencies =
    [
        ("weixian-gov-office", "威县人民政府办公室", AgencyKind.Department, "河北省邢台市威县"),
        ("weixian", "威县人民政府", AgencyKind.PeoplesGovernment, "河北省邢台市威县"),
        ("wendeng-education", "威海市文登区教育和体育局", AgencyKind.Department, "山东省威海市文登区"),
        ("hongze-gov", "淮安市洪泽区人民政府", AgencyKind.PeoplesGovernment, "江苏省淮安市洪泽区"),
    ];

    /// <summary>
    /// A consistent report in <paramref name="layout"/>. With <paramref name="previous"/>, the report is the same
    /// agency's next year and agrees with it across years (二 = last year's 四; 现行有效件数 carried on).
    /// Without it, the year fits the layout: 2019–2020 for the 2019 layout, 2021–2025 for the 2021 layout.
    /// </summary>
    public static AnnualReport Generate(Random rng, LayoutVersion layout, AnnualReport? previous = null)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var agency = previous?.Metadata.Agency ?? NewAgency(Agencies[rng.Next(Agencies.Length)]);
        var year = previous is null
            ? layout == LayoutVersion.V2019 ? rng.Next(2019, 2021) : rng.Next(2021, 2026)
            : previous.Metadata.Year + 1;
        var deadline = agency.Kind.Deadline(year);
        var publishDate = new DateOnly(year + 1, 1, 1).AddDays(rng.Next(0, deadline.DayNumber - new DateOnly(year + 1, 1, 1).DayNumber + 1));

        return new AnnualReport(
            layout,
            new ReportMetadata(agency, year, publishDate, agency.Name, new Contact(Phone: "0319-0000000", Email: null, Address: null, Website: null)),
            ValueList.Of($"本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为{year}年1月1日至{year}年12月31日。"),
            Narrative(rng, "（一）主动公开", "（二）依申请公开"),
            layout == LayoutVersion.V2019 ? Table2Of2019(rng) : Table2Of2021(rng, previous?.ActiveDisclosure as Table2Of2021),
            Table3(rng, layout, previous?.Applications),
            Table4(rng),
            Narrative(rng, (string?)null),
            Narrative(rng, (string?)null),
            ValueList.Of($"本年度报告由{agency.Name}编制。"));
    }

    private static Agency NewAgency((string Id, string Name, AgencyKind Kind, string Region) a) => new(a.Id, a.Name, a.Kind, a.Region);

    private static NarrativeSection Narrative(Random rng, params string?[] headings) => new(
        headings.Select(h => new NarrativeBlock(h, ValueList.Of($"工作情况说明第{rng.Next(1, 100)}项。"))).ToValueList());

    /// <summary>A count, zero half of the time; a zero is written blank half of the time.</summary>
    private static int? Count(Random rng, int max) => rng.Next(2) == 0 ? Zero(rng) : rng.Next(1, max + 1);

    private static int? Zero(Random rng) => rng.Next(2) == 0 ? null : 0;

    /// <summary>A total: written, except that a zero total may be blank (its parts are then all zero).</summary>
    private static int? Total(Random rng, int sum) => sum == 0 ? Zero(rng) : sum;

    private static Table2Of2021 Table2Of2021(Random rng, Table2Of2021? previous)
    {
        DocumentCounts Documents(DocumentCounts? before)
        {
            var issued = Count(rng, 20);
            var repealed = Count(rng, 5);
            var inForceBefore = before?.InForce ?? rng.Next(0, 50);
            var inForce = inForceBefore + (issued ?? 0) - (repealed ?? 0);
            if (inForce < 0)
            {
                repealed = (repealed ?? 0) + inForce;
                inForce = 0;
            }

            return new DocumentCounts(issued, repealed, inForce);
        }

        var fee = rng.Next(3) switch
        {
            0 => (decimal?)null,
            1 => 0m,
            _ => rng.Next(0, 1_000_000) / 100m,
        };
        return new Table2Of2021(Documents(previous?.Rules), Documents(previous?.NormativeDocuments), Count(rng, 500), Count(rng, 500), Count(rng, 50), fee);
    }

    private static Table2Of2019 Table2Of2019(Random rng)
    {
        PublicationCounts Publications() => new(Count(rng, 20), Count(rng, 20), Count(rng, 200));
        ItemCounts Items() => new(Count(rng, 100), rng.Next(-5, 6), Count(rng, 500));
        return new Table2Of2019(
            Publications(),
            Publications(),
            Items(),
            Items(),
            Items(),
            Items(),
            new FeeItemCounts(Count(rng, 10), rng.Next(-2, 3)),
            new ProcurementCounts(Count(rng, 30), rng.Next(2) == 0 ? null : rng.Next(0, 100_000) / 10m));
    }

    private static Table3 Table3(Random rng, LayoutVersion layout, Table3? previous)
    {
        var definitions = Table3Layout.For(layout);
        var parts = ApplicantCounts.PartColumns;
        var cells = definitions.Rows.ToDictionary(d => d.Row, _ => new int?[7]);

        foreach (var outcome in definitions.OutcomeRows)
        {
            foreach (var column in parts)
            {
                cells[outcome.Row][(int)column] = rng.Next(3) == 0 ? Count(rng, 5) : Zero(rng);
            }
        }

        foreach (var column in parts)
        {
            var handled = definitions.OutcomeRows.Sum(d => cells[d.Row][(int)column] ?? 0);
            var carriedOver = previous is null ? Count(rng, 3) : previous[Table3Row.CarriedForward][column] is { } before ? before : Zero(rng);
            var carriedForward = Count(rng, 3);
            if (handled + (carriedForward ?? 0) < (carriedOver ?? 0))
            {
                carriedForward = (carriedOver ?? 0) - handled;
            }

            var received = handled + (carriedForward ?? 0) - (carriedOver ?? 0);
            cells[Table3Row.Total][(int)column] = Total(rng, handled);
            cells[Table3Row.CarriedOver][(int)column] = carriedOver;
            cells[Table3Row.CarriedForward][(int)column] = carriedForward;
            cells[Table3Row.Received][(int)column] = received == 0 ? Zero(rng) : received;
        }

        foreach (var row in cells.Values)
        {
            row[(int)ApplicantColumn.Total] = Total(rng, parts.Sum(c => row[(int)c] ?? 0));
        }

        return new Table3(layout, cells.ToDictionary(p => p.Key, p => ApplicantCounts.FromCells(p.Value)));
    }

    private static Table4 Table4(Random rng)
    {
        var cells = new List<int?>();
        for (var group = 0; group < 3; group++)
        {
            var parts = Enumerable.Range(0, 4).Select(_ => rng.Next(3) == 0 ? Count(rng, 3) : Zero(rng)).ToList();
            cells.AddRange(parts);
            cells.Add(Total(rng, parts.Sum(p => p ?? 0)));
        }

        return Reports.Table4.FromCells(cells);
    }
}
