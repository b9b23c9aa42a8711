using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Http;

/// <summary>The body size limit, seen through QueryAsync and on the reader itself.</summary>
public class ResponseBodyReaderTests
{
    [Fact]
    public async Task QueryAsync_BodyBeyondMaxResponseBytes_ThrowsWithoutRetrying()
    {
        var scenario = Scenarios.Ok with { Configure = o => o.MaxResponseBytes = 100 };

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyException>();
        Assert.Contains("MaxResponseBytes", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Requests);
    }

    [Fact]
    public async Task ReadAsync_AnnouncedLengthBeyondTheLimit_ThrowsBeforeReading()
    {
        using var content = new StreamContent(new UnreadableStream());
        content.Headers.ContentLength = 101;

        await Assert.ThrowsAsync<ResponseBodyTooLargeException>(() => ResponseBodyReader.ReadAsync(content, 100, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_UnannouncedBodyBeyondTheLimit_ThrowsWhileReading()
    {
        using var content = new StreamContent(new MemoryStream(new byte[101]));
        content.Headers.ContentLength = null;

        await Assert.ThrowsAsync<ResponseBodyTooLargeException>(() => ResponseBodyReader.ReadAsync(content, 100, CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_BodyAtTheLimit_ReturnsItWhole(bool announced)
    {
        var body = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentLength = announced ? body.Length : null;

        var read = await ResponseBodyReader.ReadAsync(content, 100, CancellationToken.None);

        Assert.Equal(body, read);
    }

    /// <summary>A body that fails the test if anything reads it.</summary>
    private sealed class UnreadableStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The body was read.");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
