using AnnualReports.Azure.Http;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.TestKit.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AnnualReports.Functions.Tests;

public class UploadStatusFunctionTests
{
    [Fact]
    public async Task AnswersNotFoundForAnUploadNeverProcessed()
    {
        var function = new UploadStatusFunction(new UploadStatusQuery(new InMemoryUploadLog()));

        var result = await function.Run(new DefaultHttpContext().Request, "nobody/2021.json", CancellationToken.None);

        var json = Assert.IsType<JsonResult>(result);
        Assert.Equal(StatusCodes.Status404NotFound, json.StatusCode);
        Assert.Equal("nobody/2021.json", Assert.IsType<UploadNotFound>(json.Value).Upload);
    }

    [Fact]
    public async Task AnswersTheRecordOfAProcessedUpload()
    {
        var log = new InMemoryUploadLog();
        var record = new UploadRecord(
            "weixian/2021.json", "\"0x1\"", DateTimeOffset.UnixEpoch, UploadStatus.Accepted, "weixian-gov-office", 2021,
            "/weixian-gov-office/2021/", null, 0, 0, ValueList<FindingDigest>.Empty);
        await log.RecordAsync(record, CancellationToken.None);
        var function = new UploadStatusFunction(new UploadStatusQuery(log));

        var result = Assert.IsType<JsonResult>(await function.Run(new DefaultHttpContext().Request, "weixian/2021.json", CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, result.StatusCode);
        Assert.Equal(record, result.Value);
    }
}
