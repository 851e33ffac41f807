namespace FormsEngine.Host.Exports;

/// <summary>
/// A write-only stream that only collects bytes in memory; <see cref="DrainAsync"/> moves them to the real output
/// asynchronously. Lets a synchronous writer (ZipArchive, OpenXmlWriter) feed an ASP.NET response body, which refuses
/// synchronous writes, while the memory held stays bounded by how often the caller drains.
/// </summary>
internal sealed class ChunkedOutput : Stream
{
    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    /// <summary>Bytes waiting to be drained.</summary>
    public long Pending => _pending.Length;

    public override long Length => throw new NotSupportedException();

    /// <summary>The total written so far (ZipArchive reads it to compute entry offsets).</summary>
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value)
    {
        _pending.WriteByte(value);
        _written++;
    }

    /// <summary>Writes the pending bytes to <paramref name="target"/> and forgets them.</summary>
    public async Task DrainAsync(Stream target, CancellationToken cancellationToken)
    {
        if (_pending.Length == 0)
        {
            return;
        }

        await target.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken).ConfigureAwait(false);
        _pending.SetLength(0);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
