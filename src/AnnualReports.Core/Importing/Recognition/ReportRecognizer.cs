using AnnualReports.Findings;
using AnnualReports.Importing.TextModel;
using AnnualReports.Publishing;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Turns the paragraphs and tables of either importer into an <see cref="AnnualReport"/>: metadata from the title,
/// closing notes and signature; narrative by section headings; tables 二/三/四 by their labels. Any error finding
/// means no report is returned: a number is never guessed.
/// </summary>
public static class ReportRecognizer
{
    public static ImportResult Recognize(IReadOnlyList<DocumentBlock> blocks, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        options ??= ImportOptions.Default;
        var findings = new List<Finding>();
        blocks = [.. blocks
            .Select(b => b is DocumentParagraph p ? p with { Text = Labels.StripArtifacts(p.Text).Trim() } : b)
            .Where(b => b is not DocumentParagraph { Text.Length: 0 })];
        var sections = new Sections(blocks);

        // Front matter: the title, then the preamble.
        var front = sections.FrontMatter.OfType<DocumentParagraph>().ToList();
        var title = MetadataReader.ReadTitle([.. front.Select(p => p.Text)]);
        if (title is null)
        {
            findings.Add(ImportFindings.Error(
                ImportFindings.TitleMissing,
                "没有找到报告标题（如“威县人民政府办公室2021年政府信息公开工作年度报告”），无法确定机关名称和年度。已查看“一、总体情况”之前的前4段。",
                "No report title (\"<agency><year>年政府信息公开工作年度报告\") found in the first 4 paragraphs before 一、总体情况, so the agency and year are unknown.",
                new SourceLocation("/agency/name", front.FirstOrDefault()?.Line)));
        }

        // Date lines in the title block (发布日期：2020-01-31, a date alone) are metadata, not preamble.
        var titleBlockDates = new List<(DateOnly Date, bool Labelled)>();
        var preamble = new List<string>();
        foreach (var text in front.Skip(title?.ConsumedParagraphs ?? 0).Select(p => p.Text))
        {
            if (ChineseDates.Labelled(text) is { } labelled)
            {
                titleBlockDates.Add((labelled, true));
            }
            else if (ChineseDates.Parse(text) is { } alone)
            {
                titleBlockDates.Add((alone, false));
            }
            else
            {
                preamble.Add(text);
            }
        }

        foreach (var kind in Enum.GetValues<SectionKind>().Where(k => !sections.Has(k)))
        {
            findings.Add(ImportFindings.Warning(
                ImportFindings.SectionMissing,
                $"没有找到第{"一二三四五六"[(int)kind - 1]}部分的标题（{SectionNames.Zh[(int)kind - 1]}）。",
                $"No heading found for section {(int)kind} ({SectionNames.Zh[(int)kind - 1]}).",
                new SourceLocation(SectionNames.Pointers[(int)kind - 1])));
        }

        // The tail: closing notes wherever they stand after the tables, then the signature (date, compiler).
        var tailSections = new[] { SectionKind.Problems, SectionKind.OtherMatters };
        var narrative = tailSections.ToDictionary(k => k, k => sections.Body(k).OfType<DocumentParagraph>().Select(p => p.Text).ToList());
        var lastKind = tailSections.LastOrDefault(k => narrative[k].Count > 0);
        var signature = new List<string>();
        if (lastKind != default)
        {
            var last = narrative[lastKind];
            while (last.Count > 0 && last[^1].Length <= 40 && !last[^1].Contains('。', StringComparison.Ordinal) && signature.Count < 3)
            {
                signature.Insert(0, last[^1]);
                last.RemoveAt(last.Count - 1);
            }
        }

        var closingNotes = new List<string>();
        foreach (var kind in tailSections)
        {
            closingNotes.AddRange(narrative[kind].Where(MetadataReader.IsClosingNote));
            narrative[kind].RemoveAll(MetadataReader.IsClosingNote);
        }

        DateOnly? signatureDate = null;
        string? signedBy = null;
        foreach (var line in signature)
        {
            if (ChineseDates.Signature(line, out var name) is { } date)
            {
                signatureDate = date;
                signedBy = name ?? signedBy;
            }
            else
            {
                signedBy = line;
            }
        }

        var publishDate = PublishDateOf(titleBlockDates, signatureDate, options, findings);
        var agencyName = title?.Agency ?? "";
        var compiledBy = signedBy ?? MetadataReader.CompiledByFromNote(closingNotes) ?? agencyName;
        var contact = MetadataReader.ReadContact([.. closingNotes, .. preamble, .. narrative.Values.SelectMany(v => v)]);

        // Tables, found by what they contain.
        var tables = blocks.OfType<DocumentTable>().ToList();
        var table2 = Find(tables, sections, "表二", "table 2", t => Has(t, "第二十条") || Has(t, "信息内容"), SectionKind.ActiveDisclosure, findings);
        var table3 = Find(tables, sections, "表三", "table 3", t => Has(t, "申请人情况") || Has(t, "本年新收"), SectionKind.Applications, findings);
        var table4 = Find(tables, sections, "表四", "table 4", t => Has(t, "行政复议") && Has(t, "行政诉讼"), SectionKind.ReviewsAndLitigation, findings);

        var activeDisclosure = table2 is null ? null : Table2Reader.Read(table2, findings);
        var applications = table3 is null ? null : Table3Reader.Read(table3, findings);
        var reviews = table4 is null ? null : Table4Reader.Read(table4, findings);

        if (findings.HasErrors() || title is null || activeDisclosure is null || applications is null || reviews is null)
        {
            return new ImportResult(null, findings);
        }

        var (layout, table3Model) = LayoutResolver.Resolve(activeDisclosure, applications, findings);

        var (agencyId, region, agencyKind) = AgencyOf(agencyName, options, findings);

        var report = new AnnualReport(
            layout,
            new ReportMetadata(
                new Agency(agencyId, agencyName, agencyKind, region),
                title.Value.Year,
                publishDate,
                compiledBy,
                contact),
            preamble.ToValueList(),
            NarrativeReader.Read(Paragraphs(sections.Body(SectionKind.Overview))),
            activeDisclosure,
            table3Model,
            reviews,
            NarrativeReader.Read(narrative[SectionKind.Problems]),
            NarrativeReader.Read(narrative[SectionKind.OtherMatters]),
            closingNotes.ToValueList());
        return new ImportResult(findings.HasErrors() ? null : report, findings);
    }

    /// <summary>
    /// The publish date: one given by the caller (<c>--publish-date</c>); else a labelled date in the title block
    /// (发布日期：…); else the signature's; else a date alone in the title block. None is a warning: the deadline rule
    /// then says it could not be checked.
    /// </summary>
    private static DateOnly? PublishDateOf(
        List<(DateOnly Date, bool Labelled)> titleBlock, DateOnly? signature, ImportOptions options, List<Finding> findings)
    {
        var printed = titleBlock.Where(d => d.Labelled).Select(d => (DateOnly?)d.Date).FirstOrDefault()
            ?? signature
            ?? titleBlock.Select(d => (DateOnly?)d.Date).FirstOrDefault();
        if (options.PublishDate is { } given)
        {
            if (printed is { } other && other != given)
            {
                var (g, p) = (Iso(given), Iso(other));
                findings.Add(ImportFindings.Warning(
                    ImportFindings.PublishDateGiven,
                    $"报告中印有发布日期 {p}，已按指定的发布日期 {g} 处理。",
                    $"The report prints the publish date {p}; the given publish date {g} is used instead.",
                    new SourceLocation("/publishDate")));
            }

            return given;
        }

        if (printed is null)
        {
            findings.Add(ImportFindings.Warning(
                ImportFindings.PublishDateMissing,
                "报告中没有找到发布日期（标题下方或落款处，如“2022年1月20日”“发布日期：2022-01-20”），页面将不显示日期，也无法核对是否按期发布。可以用 --publish-date 指定。",
                "No publish date found under the title or in the signature (e.g. 2022年1月20日, 发布日期：2022-01-20): the page shows no date and the deadline cannot be checked. Pass --publish-date to give one.",
                new SourceLocation("/publishDate")));
        }

        return printed;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The agency's id, region and kind: as given; else those of the one published agency of that exact name; else
    /// derived from the name, with a warning for each derived part.
    /// </summary>
    private static (string Id, string Region, AgencyKind Kind) AgencyOf(string agencyName, ImportOptions options, List<Finding> findings)
    {
        var (agencyId, region, kind) = (options.AgencyId, options.Region, options.Kind);
        if (agencyId is null || !AgencyIds.IsValid(agencyId))
        {
            if (options.KnownAgencies.Where(a => a.Name == agencyName).ToList() is [var known])
            {
                (agencyId, region, kind) = (known.Id, region ?? known.Region, kind ?? known.Kind);
                findings.Add(ImportFindings.Warning(
                    ImportFindings.AgencyMatched,
                    $"未指定机关标识，机关名称与已发布的“{known.Id}”相同，报告归入该机关。",
                    $"No agency id given; the agency name is that of the published agency \"{known.Id}\", so the report joins it.",
                    new SourceLocation("/agency/id")));
            }
            else
            {
                agencyId = MetadataReader.GeneratedId(agencyName);
                findings.Add(ImportFindings.Warning(
                    ImportFindings.AgencyIdGenerated,
                    $"未指定机关标识，已按机关名称生成“{agencyId}”；它将作为网站上的目录名，建议在数据文件中改为易读的标识。",
                    $"No agency id given; generated \"{agencyId}\" from the agency name. It names the site folder; consider a readable id in the data file.",
                    new SourceLocation("/agency/id")));
            }
        }

        if (region is null)
        {
            region = MetadataReader.RegionOf(agencyName);
            findings.Add(ImportFindings.Warning(
                ImportFindings.RegionGuessed,
                $"报告中没有写明行政区划，已取机关名称中的“{region ?? ""}”；请在数据文件中核对。",
                $"The report does not state its region; took \"{region ?? ""}\" from the agency name. Check it in the data file.",
                new SourceLocation("/agency/region")));
        }

        return (agencyId, region ?? "", kind ?? MetadataReader.KindOf(agencyName));
    }

    private static IEnumerable<string> Paragraphs(IEnumerable<DocumentBlock> blocks) => blocks.OfType<DocumentParagraph>().Select(p => p.Text);

    private static bool Has(DocumentTable table, string key) =>
        table.Rows.SelectMany(r => r.Cells).Any(c => Labels.Contains(c.Text, key));

    /// <summary>All tables matching the table's content, rows joined (some offices split table 二 into one table per block).</summary>
    private static FoundTable? Find(
        List<DocumentTable> tables, Sections sections, string nameZh, string nameEn, Func<DocumentTable, bool> matches, SectionKind kind, List<Finding> findings)
    {
        var hits = tables.Where(matches).ToList();
        var heading = sections.Heading(kind)?.Text ?? SectionNames.Zh[(int)kind - 1];
        if (hits.Count == 0)
        {
            findings.Add(ImportFindings.Error(
                ImportFindings.TableMissing,
                $"没有找到{nameZh}（{heading}）：已查看文档中全部{tables.Count}个表格，没有一个含有该表的标题文字。",
                $"No {nameEn} ({heading}) found: none of the document's {tables.Count} tables carries its labels.",
                new SourceLocation(SectionNames.Pointers[(int)kind - 1])));
            return null;
        }

        var first = hits[0];
        var where = first.Line is { } line ? $"第{line}行起的表格" : $"文档中第{tables.IndexOf(first) + 1}个表格";
        var whereEn = first.Line is { } l ? $"the table starting at line {l}" : $"table #{tables.IndexOf(first) + 1} of the document";
        return new FoundTable(
            nameZh,
            [.. hits.SelectMany(t => t.Rows)],
            $"{where}（位于{sections.Describe(first)}之下）",
            $"{whereEn} (under {sections.Describe(first)})",
            first.Line);
    }
}
