using System.Globalization;
using AnnualReports.Reports;

namespace AnnualReports.TestKit.Documents;

/// <summary>Lays a report out as offices write it in Word: title, sections, and the three tables with the national format's merged header cells.</summary>
public static class NationalFormatDocument
{
    public static IReadOnlyList<SpecBlock> From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metadata;
        var blocks = new List<SpecBlock>
        {
            new SpecParagraph(m.Agency.Name, true),
            new SpecParagraph($"{m.Year}年政府信息公开工作年度报告", true),
        };
        blocks.AddRange(report.Preamble.Select(p => new SpecParagraph(p)));
        blocks.Add(new SpecParagraph("一、总体情况", true));
        blocks.AddRange(Narrative(report.Overview));
        blocks.Add(new SpecParagraph("二、主动公开政府信息情况", true));
        blocks.Add(report.ActiveDisclosure switch
        {
            Table2Of2021 t => Table2(t),
            Table2Of2019 t => Table2(t),
            _ => throw new ArgumentException("Unknown table 二.", nameof(report)),
        });
        blocks.Add(new SpecParagraph("三、收到和处理政府信息公开申请情况", true));
        blocks.Add(Table3(report.Applications));
        blocks.Add(new SpecParagraph("四、政府信息公开行政复议、行政诉讼情况", true));
        blocks.Add(Table4(report.ReviewsAndLitigation));
        blocks.Add(new SpecParagraph("五、存在的主要问题及改进情况", true));
        blocks.AddRange(Narrative(report.Problems));
        blocks.Add(new SpecParagraph("六、其他需要报告的事项", true));
        blocks.AddRange(Narrative(report.OtherMatters));
        blocks.AddRange(report.ClosingNotes.Select(p => new SpecParagraph(p)));
        if (m.PublishDate is { } date)
        {
            blocks.Add(new SpecParagraph($"{date.Year}年{date.Month}月{date.Day}日"));
        }

        blocks.Add(new SpecParagraph(m.CompiledBy));
        return blocks;
    }

    private static IEnumerable<SpecBlock> Narrative(NarrativeSection section)
    {
        foreach (var block in section.Blocks)
        {
            if (block.Heading is null)
            {
                foreach (var paragraph in block.Paragraphs)
                {
                    yield return new SpecParagraph(paragraph);
                }

                continue;
            }

            yield return new SpecParagraph(block.Paragraphs.Count == 0 ? block.Heading : $"{block.Heading}。{block.Paragraphs[0]}");
            foreach (var paragraph in block.Paragraphs.Skip(1))
            {
                yield return new SpecParagraph(paragraph);
            }
        }
    }

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static List<SpecCell> Row(params SpecCell[] cells) => [.. cells];

    private static SpecCell C(string text, int span = 1) => new(text, span);

    private static SpecTable Table2(Table2Of2021 t) => new(
    [
        Row(C("第二十条第（一）项", 4)),
        Row(C("信息内容"), C("本年制发件数"), C("本年废止件数"), C("现行有效件数")),
        Row(C("规章"), C(N(t.Rules.Issued)), C(N(t.Rules.Repealed)), C(N(t.Rules.InForce))),
        Row(C("行政规范性文件"), C(N(t.NormativeDocuments.Issued)), C(N(t.NormativeDocuments.Repealed)), C(N(t.NormativeDocuments.InForce))),
        Row(C("第二十条第（五）项", 4)),
        Row(C("信息内容"), C("本年处理决定数量", 3)),
        Row(C("行政许可"), C(N(t.LicensingDecisions), 3)),
        Row(C("第二十条第（六）项", 4)),
        Row(C("信息内容"), C("本年处理决定数量", 3)),
        Row(C("行政处罚"), C(N(t.PunishmentDecisions), 3)),
        Row(C("行政强制"), C(N(t.EnforcementDecisions), 3)),
        Row(C("第二十条第（八）项", 4)),
        Row(C("信息内容"), C("本年收费金额（单位：万元）", 3)),
        Row(C("行政事业性收费"), C(N(t.FeesTenThousandYuan), 3)),
    ]);

    private static SpecTable Table2(Table2Of2019 t)
    {
        List<SpecCell> Items(string label, ItemCounts c) => Row(C(label), C(N(c.PreviousYearItems)), C(N(c.Change)), C(N(c.Decisions)));
        var itemsHeader = Row(C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量"));
        return new(
        [
            Row(C("第二十条第（一）项", 4)),
            Row(C("信息内容"), C("本年新制作数量"), C("本年新公开数量"), C("对外公开总数量")),
            Row(C("规章"), C(N(t.Rules.NewlyMade)), C(N(t.Rules.NewlyPublished)), C(N(t.Rules.TotalPublished))),
            Row(C("规范性文件"), C(N(t.NormativeDocuments.NewlyMade)), C(N(t.NormativeDocuments.NewlyPublished)), C(N(t.NormativeDocuments.TotalPublished))),
            Row(C("第二十条第（五）项", 4)),
            itemsHeader,
            Items("行政许可", t.Licensing),
            Items("其他对外管理服务事项", t.OtherManagementServices),
            Row(C("第二十条第（六）项", 4)),
            itemsHeader,
            Items("行政处罚", t.Punishment),
            Items("行政强制", t.Enforcement),
            Row(C("第二十条第（八）项", 4)),
            Row(C("信息内容"), C("上一年项目数量"), C("本年增/减", 2)),
            Row(C("行政事业性收费"), C(N(t.Fees.PreviousYearItems)), C(N(t.Fees.Change), 2)),
            Row(C("第二十条第（九）项", 4)),
            Row(C("信息内容"), C("采购项目数量"), C("采购总金额", 2)),
            Row(C("政府集中采购"), C(N(t.Procurement.Items)), C(N(t.Procurement.TotalAmount), 2)),
        ]);
    }

    /// <summary>Table 三 with Word's merges: the note cell 3×3, 自然人 and 总计 over two rows, 三、 and the groups down their rows.</summary>
    private static SpecTable Table3(Table3 table)
    {
        var rows = new List<IReadOnlyList<SpecCell>>
        {
            Row(new SpecCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, VerticalMerge.Restart), C("申请人情况", 7)),
            Row(SpecCell.Continue(3), new SpecCell("自然人", 1, VerticalMerge.Restart), C("法人或其他组织", 5), new SpecCell("总计", 1, VerticalMerge.Restart)),
            Row(SpecCell.Continue(3), SpecCell.Continue(), C("商业\n企业"), C("科研\n机构"), C("社会公益组织"), C("法律服务机构"), C("其他"), SpecCell.Continue()),
        };
        var layout = Table3Layout.For(table.Layout);
        string? previousHeading = null, previousGroup = null;
        foreach (var definition in layout.Rows)
        {
            var labels = new List<SpecCell>();
            if (definition.Group is null)
            {
                labels.Add(C(definition.Heading, 3));
            }
            else
            {
                labels.Add(definition.Heading == previousHeading ? SpecCell.Continue() : new SpecCell(definition.Heading, 1, VerticalMerge.Restart));
                if (definition.Item is null)
                {
                    labels.Add(C(definition.Group, 2));
                }
                else
                {
                    labels.Add(definition.Group == previousGroup ? SpecCell.Continue() : new SpecCell(definition.Group, 1, VerticalMerge.Restart));
                    labels.Add(C(definition.Item));
                }
            }

            previousHeading = definition.Heading;
            previousGroup = definition.Group;
            rows.Add([.. labels, .. table[definition.Row].Cells.Select(v => C(N(v)))]);
        }

        return new SpecTable(rows);
    }

    private static SpecTable Table4(Table4 table)
    {
        SpecCell[] Outcomes() => [C("结果\n维持"), C("结果\n纠正"), C("其他\n结果"), C("尚未\n审结"), C("总计")];
        return new(
        [
            Row(C("行政复议", 5), C("行政诉讼", 10)),
            Row(
                new SpecCell("结果维持", 1, VerticalMerge.Restart), new SpecCell("结果\n纠正", 1, VerticalMerge.Restart),
                new SpecCell("其他\n结果", 1, VerticalMerge.Restart), new SpecCell("尚未\n审结", 1, VerticalMerge.Restart),
                new SpecCell("总计", 1, VerticalMerge.Restart), C("未经复议直接起诉", 5), C("复议后起诉", 5)),
            Row([SpecCell.Continue(), SpecCell.Continue(), SpecCell.Continue(), SpecCell.Continue(), SpecCell.Continue(), .. Outcomes(), .. Outcomes()]),
            Row([.. table.Cells.Select(v => C(N(v)))]),
        ]);
    }
}
