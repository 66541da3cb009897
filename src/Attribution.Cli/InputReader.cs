using System.Globalization;
using Attribution.Cli.Input;

namespace Attribution.Cli;

internal static class InputReader
{
    /// <summary>
    /// Reads one article, once, within the limit: a file, a FIFO, a device or standard input. A byte-order mark
    /// chooses UTF-8, UTF-16 or UTF-32 (and is dropped, so offsets count from the first character of the article);
    /// otherwise the text is in the encoding given with <c>--encoding</c>, or else UTF-8, or UTF-16 when its zero
    /// bytes show it. Bytes that are not in the encoding become U+FFFD and a warning says so.
    /// </summary>
    /// <remarks>
    /// The warning is returned rather than written, because files are read on worker threads and their messages
    /// must reach standard error in input order.
    /// </remarks>
    /// <param name="stdin">Standard input's bytes, read when <paramref name="source"/> is <see cref="InputSource.StandardInput"/>.</param>
    /// <exception cref="InputException">The input cannot be read, or is longer than the limit.</exception>
    public static ArticleText Read(InputSource source, Stream stdin, ReadSettings settings)
    {
        try
        {
            if (source.Path is null)
            {
                return TextDecoder.Decode(source.Name, stdin, lengthHint: null, settings);
            }

            // Opened once and read as it comes: a FIFO or a pipe (<(…)) cannot be opened a second time.
            using var stream = new FileStream(
                source.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.SequentialScan);
            var length = RegularLength(stream);

            // No encoding takes more than four bytes a character: a longer file is too long without reading a byte
            // of it (a 3 GB sparse file took the tool to "Out of memory" before).
            if (length > (4L * settings.MaxCharacters) + 4)
            {
                throw new InputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{source.Name}: too long ({length} bytes; the limit is {settings.MaxCharacters} characters)"));
            }

            return TextDecoder.Decode(source.Name, stream, length, settings);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{source.Name}: no such file or directory", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{source.Name}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new InputException($"{source.Name}: cannot read: {e.Message}", e);
        }
    }

    /// <summary>The length of a stream that has one (a regular file); devices and pipes report none, or 0, and are read to their end.</summary>
    private static long? RegularLength(FileStream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Length : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
