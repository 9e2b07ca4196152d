using System.Text;
using AnnualReports.Reports;
using AnnualReports.Validation;
using AnnualReports.Validation.Rules;

namespace AnnualReports.OpenData;

/// <summary>
/// The columns of the open data files, in order: the report's metadata, then every cell of 表二, 表三 and 表四 of
/// both layouts. A cell's name is derived from its pointer in the data file: <c>t2_</c>, <c>t3_</c> or <c>t4_</c>,
/// then the pointer's segments in snake_case, a 表三 column index replaced by the applicant column's name and a
/// 表四 index by its group and outcome (<c>/table3/refused/stateSecret/0</c> → <c>t3_refused_state_secret_natural_person</c>,
/// <c>/table4/1</c> → <c>t4_review_corrected</c>). Cells only one layout has get their own columns, empty for the
/// other layout. The names are a public contract (docs/open-data.md); a golden header test guards them.
/// </summary>
public static class DataColumns
{
    public const string Metadata = "报告";

    public static IReadOnlyList<DataColumn> All { get; } = [.. Build()];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(c => c.Name)];

    /// <summary>The position of the named column in a row.</summary>
    public static int IndexOf(string name) =>
        Names.ToList().IndexOf(name) is var i and >= 0 ? i : throw new ArgumentException($"No column named '{name}'.", nameof(name));

    private static IEnumerable<DataColumn> Build()
    {
        DataColumn Meta(string name, string pointer, string label, DataColumnKind kind = DataColumnKind.Text) =>
            new(name, pointer, Metadata, label, kind, "2019, 2021", []);

        yield return Meta("agency_id", "/agency/id", "机关标识（网址中的名称）");
        yield return Meta("agency_name", "/agency/name", "机关名称");
        yield return Meta("agency_kind", "/agency/kind", "机关类别（department 政府部门，government 人民政府）");
        yield return Meta("region", "/agency/region", "行政区划");
        yield return Meta("region_code", "/agency/regionCode", "行政区划代码（GB/T 2260；000000 为中央）");
        yield return Meta("year", "/year", "报告年度", DataColumnKind.Integer);
        yield return Meta("layout", "/layout", "报告格式（2021：国办公开办函〔2021〕30号；2019：国办公开办函〔2019〕60号）");
        yield return Meta("publish_date", "/publishDate", "发布日期（YYYY-MM-DD）");

        foreach (var column in Table2Columns())
        {
            yield return column;
        }

        foreach (var column in Table3Columns())
        {
            yield return column;
        }

        foreach (var column in Table4Columns())
        {
            yield return column;
        }
    }

    /// <summary>表二 of 2021, then the cells only the 2019 table has; a cell both tables have is one column.</summary>
    private static IEnumerable<DataColumn> Table2Columns()
    {
        var of2021 = Table2Cells.Of(Table2Fields.Build(false, new Dictionary<string, decimal?>())).ToList();
        var of2019 = Table2Cells.Of(Table2Fields.Build(true, new Dictionary<string, decimal?>())).ToList();
        var inForce = new Table2InForceRule().Id;
        foreach (var cell in of2021.Concat(of2019.Where(c => of2021.All(n => n.Cell.Pointer != c.Cell.Pointer))))
        {
            var pointer = cell.Cell.Pointer;
            var in2021 = of2021.Any(c => c.Cell.Pointer == pointer);
            var in2019 = of2019.FirstOrDefault(c => c.Cell.Pointer == pointer);
            var label = Unquote(cell.Cell.LabelZh);
            if (in2021 && in2019 is not null && Unquote(in2019.Cell.LabelZh) != label)
            {
                label += $"（2019年格式：{Unquote(in2019.Cell.LabelZh)}）";
            }

            var relations = new List<string>();
            if (pointer.EndsWith("/inForce", StringComparison.Ordinal))
            {
                relations.Add($"= 上年现行有效件数 + 本年制发件数 − 本年废止件数（跨年度，提示，{inForce}）");
            }
            else if (pointer.EndsWith("/issued", StringComparison.Ordinal) || pointer.EndsWith("/repealed", StringComparison.Ordinal))
            {
                relations.Add($"计入本行“现行有效件数”（跨年度，提示，{inForce}）");
            }

            if (cell.MayBeNegative)
            {
                relations.Add("可为负数");
            }

            yield return new DataColumn(
                "t2" + Snake(pointer["/table2".Length..]),
                pointer,
                "表二",
                label,
                pointer == "/table2/fees/amount" || pointer == "/table2/procurement/totalAmount" ? DataColumnKind.Decimal : DataColumnKind.Integer,
                in2021 && in2019 is not null ? "2019, 2021" : in2021 ? "2021" : "2019",
                relations);
        }
    }

    /// <summary>表三 row by row in the 2021 order (the 2019 single （六） row after the 2021 （六） rows), seven columns each.</summary>
    private static IEnumerable<DataColumn> Table3Columns()
    {
        var rows = Table3Layout.V2021.Rows
            .Concat(Table3Layout.V2019.Rows.Where(d => !Table3Layout.V2021.Contains(d.Row)))
            .OrderBy(d => (int)d.Row);
        foreach (var definition in rows)
        {
            var layouts = Table3Layout.V2021.Contains(definition.Row) && Table3Layout.V2019.Contains(definition.Row) ? "2019, 2021"
                : Table3Layout.V2021.Contains(definition.Row) ? "2021" : "2019";
            foreach (var column in ApplicantCounts.Columns)
            {
                yield return new DataColumn(
                    "t3" + Snake(definition.Pointer["/table3".Length..]) + Snake("/" + column),
                    $"{definition.Pointer}/{(int)column}",
                    "表三",
                    $"{definition.FullLabel} · {Table3Layout.ColumnLabel(column)}",
                    DataColumnKind.Integer,
                    layouts,
                    Table3Relations(definition.Row, column));
            }
        }
    }

    private static List<string> Table3Relations(Table3Row row, ApplicantColumn column)
    {
        var relations = new List<string>();
        if (column == ApplicantColumn.Total)
        {
            relations.Add($"= 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他（同一行，{new Table3RowTotalRule().Id}）");
        }
        else
        {
            relations.Add($"计入本行“总计”（{new Table3RowTotalRule().Id}）");
        }

        if (row is Table3Row.Received or Table3Row.CarriedOver or Table3Row.Total or Table3Row.CarriedForward)
        {
            relations.Add($"本列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理（{new Table3ColumnBalanceRule().Id}）");
        }

        if (row == Table3Row.Total)
        {
            relations.Add($"= 本列（一）至（六）各项办理结果之和（{new Table3OutcomeTotalRule().Id}）");
        }
        else if (Table3Layout.V2021.OutcomeRows.Concat(Table3Layout.V2019.OutcomeRows).Any(d => d.Row == row))
        {
            relations.Add($"计入本列“（七）总计”（{new Table3OutcomeTotalRule().Id}）");
        }

        if (row == Table3Row.CarriedOver)
        {
            relations.Add($"= 上年报告本列“四、结转下年度继续办理”（跨年度，提示，{new Table3CarryOverRule().Id}）");
        }
        else if (row == Table3Row.CarriedForward)
        {
            relations.Add($"= 下年报告本列“二、上年结转”（跨年度，提示，{new Table3CarryOverRule().Id}）");
        }

        return relations;
    }

    private static IEnumerable<DataColumn> Table4Columns()
    {
        foreach (var (group, _) in Table4.FromCells(new int?[15]).Groups)
        {
            var rule = new Table4GroupTotalRule(group).Id;
            foreach (var outcome in CaseOutcomes.Outcomes)
            {
                yield return new DataColumn(
                    $"t4_{GroupName(group)}_{Snake("/" + outcome)[1..]}",
                    $"/table4/{Table4Labels.CellIndex(group, outcome)}",
                    "表四",
                    $"{group.Label()} · {outcome.Label()}",
                    DataColumnKind.Integer,
                    "2019, 2021",
                    outcome == CaseOutcome.Total
                        ? [$"= 结果维持 + 结果纠正 + 其他结果 + 尚未审结（{rule}）"]
                        : [$"计入本组“总计”（{rule}）"]);
            }
        }
    }

    private static string GroupName(Table4Group group) => group switch
    {
        Table4Group.AdministrativeReview => "review",
        Table4Group.LitigationWithoutReview => "litigation_direct",
        Table4Group.LitigationAfterReview => "litigation_after_review",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary><c>/refused/stateSecret</c> → <c>_refused_state_secret</c>; <c>/NaturalPerson</c> → <c>_natural_person</c>.</summary>
    private static string Snake(string path)
    {
        var name = new StringBuilder();
        foreach (var c in path)
        {
            if (c == '/')
            {
                name.Append('_');
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                if (name.Length > 0 && name[^1] != '_')
                {
                    name.Append('_');
                }

                name.Append(char.ToLowerInvariant(c));
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString();
    }

    /// <summary>表二“规章 本年制发件数” → 规章 本年制发件数.</summary>
    private static string Unquote(string label) => label.StartsWith("表二“", StringComparison.Ordinal) ? label[3..^1] : label;
}
