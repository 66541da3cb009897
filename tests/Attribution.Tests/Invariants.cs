namespace Attribution.Tests;

/// <summary>What every result must satisfy, whatever the input: spans inside the text and equal to their text.</summary>
internal static class Invariants
{
    public static void Check(string text, AttributionResult result)
    {
        foreach (var quote in result.Quotes)
        {
            CheckSpan(text, quote.Text, quote.Start, quote.End);
            if (quote.Speaker is { } speaker)
            {
                CheckSpan(text, speaker.Mention.Text, speaker.Mention.Start, speaker.Mention.End);
                Assert.False(string.IsNullOrWhiteSpace(speaker.Name));
            }

            if (quote.Cue is { } cue)
            {
                CheckSpan(text, cue.Text, cue.Start, cue.End);
            }

            Assert.InRange(quote.Confidence, 0, 1);
        }

        foreach (var person in result.People)
        {
            Assert.NotEmpty(person.Mentions);
            foreach (var mention in person.Mentions)
            {
                CheckSpan(text, mention.Text, mention.Start, mention.End);
            }
        }
    }

    private static void CheckSpan(string text, string value, int start, int end)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
        Assert.Equal(text[start..end], value);
    }
}
