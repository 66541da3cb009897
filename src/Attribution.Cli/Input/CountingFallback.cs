using System.Text;

namespace Attribution.Cli.Input;

/// <summary>
/// Replaces each undecodable byte sequence with U+FFFD, as the standard replacement does, and counts the bytes it
/// replaced: the text is read once, and the count says afterwards whether a warning is due. (Reading a file again
/// to find out, as the tool once did, read a pipe or a FIFO twice: the second read found nothing or waited forever.)
/// </summary>
internal sealed class CountingFallback : DecoderFallback
{
    /// <summary>How many bytes were replaced so far.</summary>
    public long Replaced { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
    {
        private int remaining;

        public override int Remaining => remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Replaced += bytesUnknown.Length;
            remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (remaining == 0)
            {
                return '\0';
            }

            remaining = 0;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (remaining == 1)
            {
                return false;
            }

            remaining = 1;
            return true;
        }

        public override void Reset() => remaining = 0;
    }
}
