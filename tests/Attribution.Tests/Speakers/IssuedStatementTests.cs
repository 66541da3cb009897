namespace Attribution.Tests.Speakers;

/// <summary>
/// A statement speaks for whoever issued it (<c>The council issued a statement saying “…”</c>), and a cue word after
/// an article is a noun that may end a speaker phrase (<c>“…,” reads the report</c>).
/// </summary>
public class IssuedStatementTests
{
    [Theory]
    [InlineData("The town council issued a statement saying “We are closed for the whole of the winter season.”")]
    [InlineData("The town council released a statement which said, “We are closed for the whole of the winter season.”")]
    [InlineData("The town council published a statement that read: “We are closed for the whole of the winter season.”")]
    public void The_issuer_of_a_statement_speaks(string text)
    {
        var quote = Attributed.Single(text);

        Assert.Equal(("town council", AttributionRule.SpeakerBeforeQuote), (quote.Speaker?.Name, quote.Rule));
    }

    [Theory]
    [InlineData("Forty former judges signed a letter saying the ruling “has every mark of a political decision.”", "former judges")]
    [InlineData("Forty former judges, including former justice Orla Venn, signed a letter saying the ruling “has every mark of a political decision.”", "former judges")]
    [InlineData("The next day, with the strike ongoing, Mayor Ada Lind delivered a speech declaring herself the “mayor of the workers.”", "Ada Lind")]
    public void The_signer_of_a_letter_or_giver_of_a_speech_speaks_through_its_participle(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Contains(speaker, quote.Speaker?.Name);
        Assert.DoesNotContain("including", quote.Speaker?.Name);
        Assert.DoesNotContain("letter", quote.Speaker?.Name);
    }

    [Fact]
    public void A_statement_nobody_is_said_to_issue_stays_the_statement()
    {
        var quote = Attributed.Single("A statement on the gate said “We are closed for the whole of the winter season.”");

        Assert.NotEqual("gate", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("“The reef is likely to recover within a decade,” reads the report.")]
    [InlineData("“The reef is likely to recover within a decade,” said the report.")]
    public void A_report_after_its_cue_speaks(string text)
    {
        var quote = Attributed.Single(text);

        Assert.Equal(("report", AttributionRule.SpeakerAfterQuote), (quote.Speaker?.Name, quote.Rule));
    }
}
