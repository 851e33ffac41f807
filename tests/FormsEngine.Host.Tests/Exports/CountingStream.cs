namespace FormsEngine.Host.Tests.Exports;

/// <summary>
/// Like an ASP.NET response body: write-only, not seekable, and refuses synchronous writes. Keeps the bytes only
/// when asked to.
/// </summary>
internal sealed class CountingStream(bool keep = false) : Stream
{
    private readonly MemoryStream _kept = new();

    public long Written { get; private set; }

    public int LargestWrite { get; private set; }

    public byte[] Bytes => _kept.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Written += buffer.Length;
        LargestWrite = Math.Max(LargestWrite, buffer.Length);
        if (keep)
        {
            _kept.Write(buffer.Span);
        }

        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

    public override void Flush() => throw new InvalidOperationException("synchronous flush");

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _kept.Dispose();
        }

        base.Dispose(disposing);
    }
}
