using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Block quotations: after an introducing paragraph (<see cref="IntroFinder"/>), each following paragraph
/// that does not open with a quotation mark is speech, one quotation per paragraph, until a heading (a paragraph with no closing punctuation),
/// a paragraph that opens with a quotation mark, or the next introduction.
/// </summary>
internal static class BlockQuoteFinder
{
    public static void Find(AttributionContext context, List<(TextSpan Content, QuoteKind Kind, Decision Decision)> found)
    {
        var paragraphs = context.Document.Paragraphs;
        for (var p = 0; p + 1 < paragraphs.Length; p++)
        {
            if (IntroFinder.Find(context, p) is not { } intro)
            {
                continue;
            }

            var next = p + 1;
            while (next < paragraphs.Length && IsSpeechParagraph(context, next) && IntroFinder.Find(context, next) is null)
            {
                var decision = intro with { Rule = next == p + 1 ? AttributionRule.SpeakerBeforeQuote : AttributionRule.ContinuedParagraph };
                found.Add((paragraphs[next].Span, QuoteKind.Block, decision));
                next++;
            }

            p = next - 1;
        }
    }

    /// <summary>Starts like a sentence, ends like one, and does not open with a quotation mark (that is quoted speech).</summary>
    private static bool IsSpeechParagraph(AttributionContext context, int paragraph)
    {
        var p = context.Document.Paragraphs[paragraph];
        if (p.TokenCount < 3)
        {
            return false;
        }

        var text = context.Document.Text;
        var first = text[p.Span.Start];
        var last = text[p.Span.End - 1];
        return (char.IsUpper(first) || char.IsAsciiDigit(first)) && last is '.' or '!' or '?' or '…';
    }
}
