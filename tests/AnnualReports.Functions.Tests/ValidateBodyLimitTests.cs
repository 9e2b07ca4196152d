using AnnualReports.Azure.Http;
using AnnualReports.Publishing;
using AnnualReports.TestKit.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AnnualReports.Functions.Tests;

/// <summary><c>POST /api/validate</c> refuses a body over the limit with 413 and never holds it whole.</summary>
public class ValidateBodyLimitTests
{
    private static ValidateFunction Function()
    {
        var index = new InMemoryReportIndex();
        var archive = new InMemoryReportArchive();
        return new ValidateFunction(new DryRunValidator(new PreviousYearReports(new CanonicalReader(index, archive)), new UploadImportOptions(index, new InMemorySummaryStore())));
    }

    [Fact]
    public async Task RefusesADeclaredLengthOverTheLimitWithoutReadingTheBody()
    {
        var body = new CountingStream(long.MaxValue);
        var context = new DefaultHttpContext();
        context.Request.Body = body;
        context.Request.ContentLength = ReportsApi.MaxValidateBodyBytes + 1L;

        var result = Assert.IsType<JsonResult>(await Function().Run(context.Request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, result.StatusCode);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task StopsReadingAnUndeclaredBodyOnceItPassesTheLimit()
    {
        var body = new CountingStream(long.MaxValue);
        var context = new DefaultHttpContext();
        context.Request.Body = body;

        var result = Assert.IsType<JsonResult>(await Function().Run(context.Request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, result.StatusCode);
        Assert.InRange(body.BytesRead, ReportsApi.MaxValidateBodyBytes + 1L, ReportsApi.MaxValidateBodyBytes + (64L * 1024));
    }

    [Fact]
    public async Task ValidatesABodyOfExactlyTheLimit()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new CountingStream(ReportsApi.MaxValidateBodyBytes);
        context.Request.QueryString = new QueryString("?name=big.json");

        var result = Assert.IsType<JsonResult>(await Function().Run(context.Request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, result.StatusCode);
        Assert.False(Assert.IsType<FindingsDocument>(result.Value).Valid);
    }

    /// <summary>A body of <c>length</c> spaces made up as it is read, counting what was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
