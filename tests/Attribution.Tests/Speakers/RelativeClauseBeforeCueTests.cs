namespace Attribution.Tests.Speakers;

/// <summary>
/// <c>“…,” one nurse, who asked not to be named, said</c>: a relative clause set off by commas between the speaker and
/// the cue describes the speaker; its verbs, even speech verbs, are not the cue.
/// </summary>
public class RelativeClauseBeforeCueTests
{
    [Fact]
    public void A_speech_verb_inside_the_clause_is_not_the_cue()
    {
        var quote = Attributed.Single("“The ward is full every night,” one nurse, who asked not to be named, said.");

        Attributed.Expect(quote, "The ward is full every night,", QuoteKind.Direct, "one nurse", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void A_clause_whose_verbs_read_as_a_refusal_still_leaves_the_speaker()
    {
        var quote = Attributed.Single("“Nobody came to help,” a neighbour, who declined to give her name, said.");

        Attributed.Expect(quote, "Nobody came to help,", QuoteKind.Direct, "neighbour", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void A_named_speaker_whose_clause_reports_something_else()
    {
        var quote = Attributed.Single("“We will appeal,” Ravi Okafor, who announced last year that he would step down, told reporters.");

        Attributed.Expect(quote, "We will appeal,", QuoteKind.Direct, "Ravi Okafor", "told", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void A_clause_after_the_cue_changes_nothing()
    {
        var quote = Attributed.Single("“We will appeal,” said Ravi Okafor, who chairs the tenants' association.");

        Attributed.Expect(quote, "We will appeal,", QuoteKind.Direct, "Ravi Okafor", "said", AttributionRule.SpeakerAfterQuote);
    }
}
