using System.Text;

namespace Attribution.Cli;

internal static class InputReader
{
    // Throws on a malformed byte, so a file that is not UTF-8 is noticed instead of silently losing characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads one article; a file that is not valid UTF-8 is still read, with U+FFFD for each bad byte and a warning.</summary>
    /// <remarks>
    /// The warning is returned rather than written, because files are read on worker threads and their messages
    /// must reach standard error in input order.
    /// </remarks>
    /// <param name="source">The article to read.</param>
    /// <param name="stdin">Standard input, read when <paramref name="source"/> is it.</param>
    /// <param name="encoding">
    /// The encoding given with <c>--encoding</c>, used for text without a byte-order mark; <see langword="null"/>
    /// for UTF-8, where invalid bytes give a warning.
    /// </param>
    /// <exception cref="InputException">The input cannot be read.</exception>
    public static ArticleText Read(InputSource source, TextReader stdin, Encoding? encoding = null)
    {
        try
        {
            if (source.Path is null)
            {
                // The console reader decodes UTF-8; another encoding needs the bytes under it, of which nothing has
                // been read yet.
                return encoding is not null && stdin is StreamReader { BaseStream: var bytes }
                    ? new ArticleText(new StreamReader(bytes, encoding, detectEncodingFromByteOrderMarks: true).ReadToEnd(), null)
                    : new ArticleText(stdin.ReadToEnd(), null);
            }

            if (encoding is not null)
            {
                using var chosen = new StreamReader(source.Path, encoding, detectEncodingFromByteOrderMarks: true);
                return new ArticleText(chosen.ReadToEnd(), null);
            }

            try
            {
                // A byte-order mark is dropped (and a UTF-16 or UTF-32 one honoured), so offsets count from the
                // first character of the article, as File.ReadAllText does.
                using var reader = new StreamReader(source.Path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
                return new ArticleText(reader.ReadToEnd(), null);
            }
            catch (DecoderFallbackException)
            {
                // Scraped text in Latin-1 or with a stray binary byte is still worth attributing; the replacement
                // characters keep every other offset in place, and the warning says why some characters look wrong.
                return new ArticleText(
                    File.ReadAllText(source.Path, Encoding.UTF8),
                    $"warning: {source.Name}: not valid UTF-8; undecodable bytes were replaced with U+FFFD (if it is in another encoding, name it: --encoding windows-1252)");
            }
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
}
