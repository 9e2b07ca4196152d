using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Trends;

namespace AnnualReports.Core.Tests.Trends;

public class HeadlineFiguresTests
{
    [Fact]
    public void SumsEachOutcomeGroupsTotalColumnAndBothKindsOfLawsuit()
    {
        var report = SampleReports.Weixian2021()
            .WithTable3(Table3Row.Total, ApplicantColumn.Total, 9)
            .WithTable3(Table3Row.RefusedStateSecret, ApplicantColumn.Total, 2)
            .WithTable3(Table3Row.RefusedInquiryMatters, ApplicantColumn.Total, 3)
            .WithTable3(Table3Row.NotProcessedRepeated, ApplicantColumn.Total, 4)
            .WithTable4(Table4Group.LitigationWithoutReview, CaseOutcome.Total, 5)
            .WithTable4(Table4Group.LitigationAfterReview, CaseOutcome.Total, 6)
            .WithTable4(Table4Group.LitigationWithoutReview, CaseOutcome.Corrected, 1)
            .WithTable4(Table4Group.LitigationAfterReview, CaseOutcome.Corrected, 2)
            .WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Total, 7)
            .WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Corrected, 3);

        var figures = HeadlineFigures.From(report);

        Assert.Equal(9, figures.Completed);
        Assert.Equal(5, figures.Refused);
        Assert.Equal(4 + (report.Applications[Table3Row.NotProcessedPetitionOrComplaint].Total ?? 0)
            + (report.Applications[Table3Row.NotProcessedPublications].Total ?? 0)
            + (report.Applications[Table3Row.NotProcessedMassRepeated].Total ?? 0)
            + (report.Applications[Table3Row.NotProcessedConfirmation].Total ?? 0), figures.NotProcessed);
        Assert.Equal((11, 3, 7, 3), (figures.Lawsuits, figures.LawsuitsCorrected, figures.Reviews, figures.ReviewsCorrected));
    }

    [Fact]
    public void BlankCellsCountAsZero()
    {
        var report = SampleReports.Sample2019()
            .WithTable3(Table3Row.Granted, ApplicantColumn.Total, null)
            .WithTable3(Table3Row.UnavailableNotHeld, ApplicantColumn.Total, null)
            .WithTable3(Table3Row.UnavailableNeedsCreation, ApplicantColumn.Total, 2)
            .WithTable3(Table3Row.UnavailableStillUnclear, ApplicantColumn.Total, null)
            .WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Total, null);

        var figures = HeadlineFigures.From(report);

        Assert.Equal((0, 2, 0), (figures.Granted, figures.Unavailable, figures.Reviews));
    }

    [Fact]
    public void IndexesEveryFigureByName()
    {
        var figures = new HeadlineFigures(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        Assert.Equal([1, 3, 4, 5, 6, 7, 8, 9, 10, 11], HeadlineFigureLabels.All.Select(f => figures[f]));
    }
}
