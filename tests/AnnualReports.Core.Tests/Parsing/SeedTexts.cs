using AnnualReports.Parsing;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Parsing;

/// <summary>The seed as canonical JSON text and as the committed YAML text, to edit in tests.</summary>
internal static class SeedTexts
{
    public static string Json { get; } = CanonicalJson.Write(SampleReports.Weixian2021());

    public static string Yaml { get; } = File.ReadAllText(RepoPaths.File("seeds", "weixian-2021.yaml"));

    public static string Of(string format) => format == "json" ? Json : Yaml;

    public static ParseResult Parse(string format, string text) => DataFileParser.Parse(SourceText.Utf8(text), $"report.{format}");
}
