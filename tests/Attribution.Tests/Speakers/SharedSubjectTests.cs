namespace Attribution.Tests.Speakers;

/// <summary>
/// A verb joined by <c>and</c> to an earlier one shares its subject (<c>The union opposed the merger and said …</c>),
/// and a quotation inside a clause a reporting verb reports is that verb's speaker's, whichever verb it hangs from.
/// </summary>
public class SharedSubjectTests
{
    [Theory]
    [InlineData("The union opposed the merger and said it had been promised “full consultation”.", "union")]
    [InlineData("Senator Ada Lind said she was tired, and argued the nation needs “visionary leadership.”", "Ada Lind")]
    [InlineData("In a video message posted online, Senator Ada Lind praised the plan and said she was “proud to endorse it.”", "Ada Lind")]
    [InlineData(
        "The agency told the paper it was unsure; the paper also spoke to the coastguard, who told it the report was unconfirmed and noted “no ransom has been sought”.",
        "coastguard")]
    public void A_verb_after_and_shares_the_subject_of_its_clauses_first_verb(string text, string speaker)
    {
        var quote = Assert.Single(Attributed.Run(text).Quotes, q => q.Kind != QuoteKind.Indirect);

        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Fact]
    public void A_subject_cut_out_of_a_leading_phrase_is_not_shared()
    {
        var quote = Assert.Single(
            Attributed.Run("In a video message posted online, Senator Ada Lind praised the plan and said she was “proud to endorse it.”").Quotes,
            q => q.Kind != QuoteKind.Indirect);

        Assert.NotEqual("video message", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("A judge agreed the book may have contained secret material but ruled that “the damage is done” already.", "judge")]
    [InlineData("Senator Ada Lind said the roof fell in and “everyone started screaming”.", "Ada Lind")]
    public void A_quotation_in_a_reported_clause_is_the_reporters(string text, string speaker)
    {
        var quote = Assert.Single(Attributed.Run(text).Quotes, q => q.Kind != QuoteKind.Indirect);

        Assert.Equal(speaker, quote.Speaker?.Name);
    }
}
