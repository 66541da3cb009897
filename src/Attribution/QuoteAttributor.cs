namespace Attribution;

/// <summary>
/// Finds every quotation in an article and the person who said it. An instance is immutable and thread-safe:
/// build one and share it.
/// </summary>
/// <example>
/// <code>
/// var attributor = new QuoteAttributor();
/// var result = attributor.Attribute(articleText);
/// foreach (var quote in result.Quotes)
///     Console.WriteLine($"{quote.Speaker?.Name ?? "(unknown)"}: {quote.Text}");
/// </code>
/// </example>
public sealed class QuoteAttributor
{
    private readonly AttributionPipeline pipeline;

    /// <summary>Creates an attributor with the default options.</summary>
    public QuoteAttributor()
        : this(new AttributionOptions())
    {
    }

    /// <summary>Creates an attributor with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public QuoteAttributor(AttributionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        pipeline = new AttributionPipeline(options);
    }

    /// <summary>The options this attributor was built with.</summary>
    public AttributionOptions Options { get; }

    /// <summary>Finds the quotations in <paramref name="text"/> and their speakers.</summary>
    /// <param name="text">The article as plain text; paragraphs on separate lines. It is never altered.</param>
    /// <param name="cancellationToken">Stops the work early.</param>
    /// <returns>The quotations in order of position, and the people mentioned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="AttributionOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AttributionResult Attribute(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxInputLength)
        {
            throw new ArgumentException(
                $"The text is {text.Length} characters long; this attributor accepts at most {Options.MaxInputLength} (AttributionOptions.MaxInputLength).",
                nameof(text));
        }

        return pipeline.Run(text, cancellationToken);
    }

    /// <summary>
    /// Attributes many texts at once, in parallel on every core, and returns their results in input order.
    /// </summary>
    /// <param name="texts">The articles; none may be null.</param>
    /// <param name="cancellationToken">Stops the work early.</param>
    /// <returns>One result per text, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="texts"/> is null or longer than <see cref="AttributionOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<AttributionResult> AttributeAll(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
            {
                throw new ArgumentException($"The text at index {i} is null.", nameof(texts));
            }
        }

        var results = new AttributionResult[texts.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, texts.Count, parallel, i => results[i] = Attribute(texts[i], cancellationToken));
        return results;
    }
}
