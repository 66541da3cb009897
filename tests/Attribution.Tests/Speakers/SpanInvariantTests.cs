namespace Attribution.Tests.Speakers;

public class SpanInvariantTests
{
    public static TheoryData<string> Texts =>
    [
        "“We will open the new wards in spring,” Ms Berg said.",
        "“We will open the new wards in spring,” said Ms Berg.",
        "Ms Berg said: “We will open the new wards in spring.”",
        "“We will open the new wards in spring,” Anna Berg, the health minister, said.",
        "Health Minister Anna Berg visited the hospital.\n“We will open the wards,” she said. “The money is there.”",
        "Ms Berg said: “We will open the new wards in spring.\n“Staff will be hired over the summer.”",
        "Anna Berg called for an “urgent review” of the plans.",
        "According to Mr Tom Hale, the plan is “deeply flawed”.",
        "Ms Anna Berg met Mr Tom Hale at the station.\n“The talks went well,” she said.",
        "Mr Hale told reporters that the bridge would reopen next week.",
        "Schools Minister Tom Hale visited the school. Mr Hale said: “The roof will be fixed.”",
        "Prime Minister Sir Tom Hale visited the port.",
        "“The road will stay closed overnight,” a spokesperson for the city council said.",
        "“The road will stay closed overnight.”",
        "  \n\n  “We agree,”   Ms Berg   said.  \r\n\r\n“We do not,” Mr Hale said.\t\n",
        "\"We will open the new wards in spring,\" Ms Berg said.",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_span_is_its_text_in_the_input(string text)
    {
        var result = new QuoteAttributor().Attribute(text);

        Invariants.Check(text, result);
        Assert.All(result.Quotes, q => Assert.Equal(text[q.Start..q.End], q.Text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Quotations_are_in_text_order(string text)
    {
        var starts = new QuoteAttributor().Attribute(text).Quotes.Select(q => q.Start).ToList();

        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public void Quotation_text_excludes_the_marks_and_the_cue_points_at_the_verb()
    {
        const string text = "“We will open the new wards in spring,” Ms Berg said.";

        var quote = Attributed.Single(text);

        Assert.Equal(1, quote.Start);
        Assert.Equal('”', text[quote.End]);
        Assert.Equal("said", text[quote.Cue!.Start..quote.Cue.End]);
        Assert.Equal("Ms Berg", text[quote.Speaker!.Mention.Start..quote.Speaker.Mention.End]);
    }
}
