using Attribution.Batch;

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
    /// <exception cref="ArgumentException">
    /// <see cref="AttributionOptions.ExtraCueVerbs"/> or <see cref="AttributionOptions.ExtraTitles"/> is null or holds
    /// a null entry.
    /// </exception>
    public QuoteAttributor(AttributionOptions options)
        : this(options, null)
    {
    }

    /// <summary>An attributor whose speakers are chosen by <paramref name="ranker"/> (the evaluation trains its own).</summary>
    internal QuoteAttributor(AttributionOptions options, Speakers.Ranking.ISpeakerRanker? ranker)
    {
        ArgumentNullException.ThrowIfNull(options);
        if ((ProblemWith(options.ExtraCueVerbs, nameof(AttributionOptions.ExtraCueVerbs)) ??
             ProblemWith(options.ExtraTitles, nameof(AttributionOptions.ExtraTitles))) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        Options = options;
        pipeline = new AttributionPipeline(options, ranker: ranker);
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

    /// <summary>
    /// Attributes a stream of texts on several threads and yields their results in input order, each as soon as it
    /// and every one before it are ready.
    /// </summary>
    /// <param name="texts">
    /// The articles, read lazily on a thread of the batch's own and no further than the window allows, so a stream
    /// (a file's lines, a queue) of any length is attributed in bounded memory; none may be null.
    /// </param>
    /// <param name="maxDegreeOfParallelism">How many texts are attributed at once; -1 (the default) for one per core.</param>
    /// <param name="cancellationToken">Stops the work early.</param>
    /// <returns>
    /// One result per text, in the order of <paramref name="texts"/>. At most four texts per thread are held
    /// (read and not yet yielded) at any time. Stopping the enumeration early (<c>break</c>, or an exception in the
    /// loop) cancels the work in flight and reads no more texts.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is neither -1 nor positive.</exception>
    /// <exception cref="ArgumentException">
    /// Thrown by the enumeration, in the place of its result, for a text that is null or longer than
    /// <see cref="AttributionOptions.MaxInputLength"/>; an exception from <paramref name="texts"/> itself is rethrown
    /// there too.
    /// </exception>
    /// <exception cref="OperationCanceledException">Thrown by the enumeration once <paramref name="cancellationToken"/> is cancelled.</exception>
    public IEnumerable<AttributionResult> AttributeMany(
        IEnumerable<string> texts, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default) =>
        AttributeMany(texts, static text => text ?? throw new ArgumentException("A text is null.", nameof(texts)), static (_, result) => result!, maxDegreeOfParallelism, cancellationToken);

    /// <summary>
    /// Attributes a stream of items on several threads, taking each item's text and making each item's result on
    /// the thread that attributes it, and yields the results in input order.
    /// </summary>
    /// <typeparam name="TSource">What the stream holds: a file name, a record, a request.</typeparam>
    /// <typeparam name="TResult">What the caller makes of an item and its attribution.</typeparam>
    /// <param name="sources">The items, read lazily on a thread of the batch's own, as by <see cref="AttributeMany(IEnumerable{string}, int, CancellationToken)"/>.</param>
    /// <param name="textOf">
    /// An item's text, called on a worker thread, so that reading a file or extracting an article runs in parallel
    /// too; <see langword="null"/> passes the item on without attributing it (one that could not be read).
    /// </param>
    /// <param name="resultOf">
    /// The result for an item and its attribution (<see langword="null"/> when <paramref name="textOf"/> gave
    /// none), called on the same worker thread.
    /// </param>
    /// <param name="maxDegreeOfParallelism">How many items are worked on at once; -1 (the default) for one per core.</param>
    /// <param name="cancellationToken">Stops the work early.</param>
    /// <returns>One result per item, in the order of <paramref name="sources"/>, with the bounds and early stop of <see cref="AttributeMany(IEnumerable{string}, int, CancellationToken)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/>, <paramref name="textOf"/> or <paramref name="resultOf"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is neither -1 nor positive.</exception>
    /// <exception cref="Exception">
    /// Whatever <paramref name="textOf"/>, <paramref name="resultOf"/> or the enumeration of
    /// <paramref name="sources"/> threw, and an <see cref="ArgumentException"/> for a text longer than
    /// <see cref="AttributionOptions.MaxInputLength"/>: rethrown by the enumeration in the place of that item's
    /// result, after every result before it.
    /// </exception>
    public IEnumerable<TResult> AttributeMany<TSource, TResult>(
        IEnumerable<TSource> sources,
        Func<TSource, string?> textOf,
        Func<TSource, AttributionResult?, TResult> resultOf,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(textOf);
        ArgumentNullException.ThrowIfNull(resultOf);
        var degree = OrderedParallel.DegreeOrDefault(maxDegreeOfParallelism);
        return OrderedParallel.Map(sources, (source, token) => Work(source, textOf, resultOf, token), degree, cancellationToken);
    }

    /// <summary>
    /// Attributes an asynchronous stream of texts on several threads and yields their results in input order, as
    /// <see cref="AttributeMany(IEnumerable{string}, int, CancellationToken)"/> does.
    /// </summary>
    /// <param name="texts">The articles, read no further ahead than four per thread; none may be null.</param>
    /// <param name="maxDegreeOfParallelism">How many texts are attributed at once; -1 (the default) for one per core.</param>
    /// <param name="cancellationToken">Stops the work early; <c>WithCancellation</c> on the result does the same.</param>
    /// <returns>One result per text, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is neither -1 nor positive.</exception>
    /// <exception cref="ArgumentException">Thrown by the enumeration for a text that is null or too long, in the place of its result.</exception>
    /// <exception cref="OperationCanceledException">Thrown by the enumeration once the token is cancelled.</exception>
    public IAsyncEnumerable<AttributionResult> AttributeManyAsync(
        IAsyncEnumerable<string> texts, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default) =>
        AttributeManyAsync(texts, static text => text ?? throw new ArgumentException("A text is null.", nameof(texts)), static (_, result) => result!, maxDegreeOfParallelism, cancellationToken);

    /// <summary>
    /// Attributes an asynchronous stream of items, as
    /// <see cref="AttributeMany{TSource, TResult}(IEnumerable{TSource}, Func{TSource, string}, Func{TSource, AttributionResult, TResult}, int, CancellationToken)"/>
    /// does for a synchronous one.
    /// </summary>
    /// <typeparam name="TSource">What the stream holds.</typeparam>
    /// <typeparam name="TResult">What the caller makes of an item and its attribution.</typeparam>
    /// <param name="sources">The items, read no further ahead than four per thread.</param>
    /// <param name="textOf">An item's text, on a worker thread; <see langword="null"/> passes the item on unattributed.</param>
    /// <param name="resultOf">The result for an item and its attribution (or <see langword="null"/>), on the same worker thread.</param>
    /// <param name="maxDegreeOfParallelism">How many items are worked on at once; -1 (the default) for one per core.</param>
    /// <param name="cancellationToken">Stops the work early.</param>
    /// <returns>One result per item, in the order of <paramref name="sources"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/>, <paramref name="textOf"/> or <paramref name="resultOf"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is neither -1 nor positive.</exception>
    /// <exception cref="Exception">Whatever the callbacks or the source threw, rethrown by the enumeration in the place of that item's result.</exception>
    public IAsyncEnumerable<TResult> AttributeManyAsync<TSource, TResult>(
        IAsyncEnumerable<TSource> sources,
        Func<TSource, string?> textOf,
        Func<TSource, AttributionResult?, TResult> resultOf,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(textOf);
        ArgumentNullException.ThrowIfNull(resultOf);
        var degree = OrderedParallel.DegreeOrDefault(maxDegreeOfParallelism);
        return OrderedParallel.MapAsync(sources, (source, token) => Work(source, textOf, resultOf, token), degree, cancellationToken);
    }

    private TResult Work<TSource, TResult>(
        TSource source, Func<TSource, string?> textOf, Func<TSource, AttributionResult?, TResult> resultOf, CancellationToken cancellationToken)
    {
        var text = textOf(source);
        return resultOf(source, text is null ? null : Attribute(text, cancellationToken));
    }

    // The options are a record that any caller fills, nullable annotations or not; a null here would otherwise
    // surface as a NullReferenceException from deep inside the lexicons.
    private static string? ProblemWith(IReadOnlyCollection<string>? words, string name)
    {
        if (words is null)
        {
            return $"AttributionOptions.{name} is null; leave it out or give an empty list.";
        }

        var index = 0;
        foreach (var word in words)
        {
            if (word is null)
            {
                return $"AttributionOptions.{name} holds a null entry (at position {index}).";
            }

            index++;
        }

        return null;
    }
}
