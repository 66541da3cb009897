namespace Attribution.Tests.Speakers;

/// <summary>
/// <c>A spokesman for Ann Lee said …</c>: a name joined to a noun by a preposition completes the noun, and the noun's
/// holder is the speaker, not the person named.
/// </summary>
public class NounComplementTests
{
    [Theory]
    [InlineData("A spokesman for Dana Whitfield said the campaign would go on.", "spokesman for Dana Whitfield")]
    [InlineData("A lawyer for Orrin Blake said the charges were false.", "lawyer for Orrin Blake")]
    [InlineData("The daughter of Tomas Ferreira said the family was grateful.", "daughter of Tomas Ferreira")]
    [InlineData("A source close to Mirela Vasic said she would not resign.", "source close to Mirela Vasic")]
    [InlineData("Lawyers for Orrin Blake said he would appeal.", "Lawyers for Orrin Blake")]
    [InlineData("A spokeswoman for Governor Dana Whitfield said the talks would continue.", "spokeswoman for Governor Dana Whitfield")]
    public void The_noun_before_the_name_speaks(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((QuoteKind.Indirect, speaker, "said"), (quote.Kind, quote.Speaker?.Name, quote.Cue?.Text));
    }

    [Fact]
    public void A_name_with_a_role_before_it_still_speaks()
    {
        var quote = Attributed.Single("“We will appeal,” Hong Kong director of Amnesty International Anika Morrow said.");

        Assert.Equal("Anika Morrow", quote.Speaker?.Name);
    }

    [Fact]
    public void A_relative_pronoun_after_the_name_stands_for_the_person()
    {
        var quote = Attributed.Single("The crowd gathered outside the home of Mayor Dana Whitfield, who told reporters the road would reopen.");

        Assert.Equal((QuoteKind.Indirect, "Dana Whitfield", "told"), (quote.Kind, quote.Speaker?.Name, quote.Cue?.Text));
    }

    [Fact]
    public void A_possessive_name_owns_the_statement()
    {
        var quote = Attributed.Single("Part of Dana Whitfield's post read: “We will not give up.”");

        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }
}
