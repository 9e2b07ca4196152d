using AnnualReports.Findings;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Core.Tests.Importing;

public class LabelVariantTests
{
    public static TheoryData<string, string> Variants => new()
    {
        { "第二十条第（一）项", "第二十条 第(一)项" },
        { "现行有效件数", "现行有效件数 (历史累计)" },
        { "现行有效件数", "现行有效件" },
        { "（一）予以公开", "(一)予以公开" },
        { "（三）不予公开", "( 三 ) 不予\n公开" },
        { "社会公益组织", "社会\n公益组织" },
        { "法律服务机构", "法律 服务机构" },
        { "1.属于国家秘密", "1、属于国家秘密" },
        { "结果维持", "结果\n维持" },
        { "本年收费金额（单位：万元）", "本年收费金额(单位:万元)" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void ToleratesLabelVariantsInBothFileKinds(string label, string variant)
    {
        var seed = SampleReports.Weixian2021();
        var document = NationalFormatDocument.From(seed).Replace(label, variant);

        foreach (var import in ImportFixtures.BothKinds)
        {
            var result = import(document, seed);

            Assert.False(result.Findings.HasErrors(), string.Join("\n", result.Findings));
            Assert.Equal(seed, result.Report);
        }
    }
}
