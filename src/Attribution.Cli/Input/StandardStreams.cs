namespace Attribution.Cli.Input;

/// <summary>
/// The tool's standard streams as it uses them, or, for one that was closed when the tool started
/// (<c>&lt;&amp;-</c>, <c>&gt;&amp;-</c>, <c>2&gt;&amp;-</c>), a stream that fails every read or write with the reason.
/// A closed descriptor is taken by the next one the runtime opens for itself: standard input became the read end of
/// a pipe of the runtime's own, which never ends, and the tool hung reading it; standard output became a file opened
/// read-only, and the first write threw an exception nothing caught.
/// </summary>
internal static class StandardStreams
{
    // O_CLOEXEC in the flags of /proc/self/fdinfo: a descriptor that is closed on exec cannot have been inherited.
    private const int CloseOnExec = 0x80000;

    public static Stream Input() =>
        WasClosed(0) ? new ClosedStream("standard input is closed") : Console.OpenStandardInput();

    /// <param name="open">How to open standard output when it was handed over open.</param>
    public static Stream Output(Func<Stream> open) =>
        WasClosed(1) ? new ClosedStream("standard output is closed") : open();

    public static Stream Error() =>
        WasClosed(2) ? new ClosedStream("standard error is closed") : Console.OpenStandardError();

    /// <summary>
    /// Whether <paramref name="descriptor"/> was not handed to the tool but opened by the runtime in its place: on
    /// Linux, a descriptor marked close-on-exec, which no inherited one can be, or one that is not open at all.
    /// Elsewhere nothing is known and the descriptor is used as it is.
    /// </summary>
    private static bool WasClosed(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            foreach (var line in File.ReadLines($"/proc/self/fdinfo/{descriptor}"))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    var flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                    return (flags & CloseOnExec) != 0;
                }
            }

            return false;
        }
        catch (FileNotFoundException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return false;
        }
    }

    /// <summary>Fails every read and write with the reason, as a closed descriptor would.</summary>
    private sealed class ClosedStream(string reason) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException(reason);

        public override int Read(Span<byte> buffer) => throw new IOException(reason);

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException(reason);

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException(reason);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override string ToString() => reason;
    }
}
