namespace Attribution.Tests.Speakers;

/// <summary>
/// The shapes of reported speech beyond <c>X said &lt;clause&gt;</c>: the clause before the attribution, an attribution
/// interjected between commas, <c>according to X</c> on either side, more clause verbs, shared subjects, nested reports,
/// and the sentences that look like reported speech but are not.
/// </summary>
public class ReportedSpeechShapesTests
{
    // ---- <clause>, X said. ----

    [Theory]
    [InlineData("The harbour road was closed for three days, officials said.", "officials")]
    [InlineData("The harbour road was closed for three days, said officials.", "officials")]
    [InlineData("The harbour road was closed for three days, Tom Hale said.", "Tom Hale")]
    [InlineData("The harbour road was closed for three days, said Tom Hale.", "Tom Hale")]
    public void Clause_before_the_comma_is_reported_by_the_speaker_after_it(string text, string speaker)
    {
        Attributed.Expect(
            Attributed.Single(text), "The harbour road was closed for three days", QuoteKind.Indirect, speaker, "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Interjected_attribution_reports_the_words_before_and_after_it()
    {
        var quotes = Attributed.Run("Around 50 trucks, officials said, were stuck on the road.").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(q, "Around 50 trucks", QuoteKind.Indirect, "officials", "said", AttributionRule.ReportedSpeech),
            q => Attributed.Expect(q, "were stuck on the road", QuoteKind.Indirect, "officials", "said", AttributionRule.ReportedSpeech));
    }

    [Fact]
    public void Interjected_named_speaker_reports_both_parts()
    {
        var quotes = Attributed.Run("Around 50 trucks, Lena Holt said, were stuck on the road.").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(q, "Around 50 trucks", QuoteKind.Indirect, "Lena Holt", "said", AttributionRule.ReportedSpeech),
            q => Attributed.Expect(q, "were stuck on the road", QuoteKind.Indirect, "Lena Holt", "said", AttributionRule.ReportedSpeech));
    }

    // ---- According to X ----

    [Fact]
    public void According_to_before_the_clause()
    {
        var quote = Attributed.Single("According to Lena Holt, the vote was close.");

        Attributed.Expect(quote, "the vote was close", QuoteKind.Indirect, "Lena Holt", "According to", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void According_to_after_the_clause()
    {
        var quote = Attributed.Single("The vote was close, according to Lena Holt.");

        Attributed.Expect(quote, "The vote was close", QuoteKind.Indirect, "Lena Holt", "according to", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void According_to_a_report_from_a_paper_names_the_paper()
    {
        var quote = Attributed.Single("According to a report from the Riverton Gazette, the bridge was closed.");

        Attributed.Expect(quote, "the bridge was closed", QuoteKind.Indirect, "Riverton Gazette", "According to", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void According_to_a_description_keeps_the_description()
    {
        var quote = Attributed.Single("According to a spokesperson for the council, the road was closed.");

        Attributed.Expect(quote, "the road was closed", QuoteKind.Indirect, "spokesperson for the council", "According to", AttributionRule.ReportedSpeech);
    }

    // ---- More clause verbs ----

    [Theory]
    [InlineData("Tom Hale indicated that the council would appeal.", "the council would appeal", "Tom Hale", "indicated")]
    [InlineData("Tom Hale indicated the council would appeal.", "the council would appeal", "Tom Hale", "indicated")]
    [InlineData("Anna Berg denied that the company had broken any rules.", "the company had broken any rules", "Anna Berg", "denied")]
    [InlineData("Anna Berg denied the company had broken any rules.", "the company had broken any rules", "Anna Berg", "denied")]
    [InlineData("The Riverton Gazette revealed that the mayor had resigned.", "the mayor had resigned", "Riverton Gazette", "revealed")]
    [InlineData("The Riverton Gazette revealed the mayor had resigned.", "the mayor had resigned", "Riverton Gazette", "revealed")]
    [InlineData("Tom Hale estimated that the repairs would take a week.", "the repairs would take a week", "Tom Hale", "estimated")]
    [InlineData("Tom Hale estimated the repairs would take a week.", "the repairs would take a week", "Tom Hale", "estimated")]
    public void Clause_verbs_take_a_that_clause_or_a_bare_clause(string text, string clause, string speaker, string cue)
    {
        Attributed.Expect(Attributed.Single(text), clause, QuoteKind.Indirect, speaker, cue, AttributionRule.ReportedSpeech);
    }

    [Theory]
    [InlineData("Tom Hale denied the claims.")]
    [InlineData("Anna Berg revealed the new logo.")]
    [InlineData("Tom Hale estimated the cost at ten million.")]
    [InlineData("The paper reported on a fire at the docks.")]
    [InlineData("Ms Berg announced progress on the talks.")]
    [InlineData("Ms Berg thinks the plan will fail.")]
    public void Clause_verbs_with_an_object_and_non_speech_verbs_report_nothing(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }

    // ---- Shared subjects ----

    [Fact]
    public void But_said_shares_the_subject_of_the_first_cue()
    {
        var quotes = Attributed.Run("Tom Hale said the school would close, but said the staff would keep their jobs.").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(q, "the school would close", QuoteKind.Indirect, "Tom Hale", "said", AttributionRule.ReportedSpeech),
            q => Attributed.Expect(q, "the staff would keep their jobs", QuoteKind.Indirect, "Tom Hale", "said", AttributionRule.ReportedSpeech));
    }

    [Fact]
    public void Adding_that_shares_the_subject_of_the_first_cue()
    {
        // No person opens the sentence, so the speaker can only come from the earlier cue's subject.
        var quotes = Attributed.Run("The harbour master said the road was closed, adding that the repairs would take a week.").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(q, "the road was closed", QuoteKind.Indirect, "harbour master", "said", AttributionRule.ReportedSpeech),
            q => Attributed.Expect(q, "the repairs would take a week", QuoteKind.Indirect, "harbour master", "adding", AttributionRule.ReportedSpeech));
    }

    [Fact]
    public void Adding_that_after_a_verb_that_is_no_cue_takes_the_sentence_subject()
    {
        var quote = Attributed.Single("Anna Berg thanked the volunteers, adding that the shelter would stay open.");

        Attributed.Expect(quote, "the shelter would stay open", QuoteKind.Indirect, "Anna Berg", "adding", AttributionRule.ReportedSpeech);
    }

    // ---- Not reported speech ----

    [Fact]
    public void Clause_holding_quotation_marks_is_left_to_the_quotation()
    {
        var quote = Attributed.Single("Tom Hale said the plan was “a disaster” for the town.");

        Attributed.Expect(quote, "a disaster", QuoteKind.Partial, "Tom Hale", "said", AttributionRule.CueInSentence);
    }

    [Theory]
    [InlineData("They said the road was closed.")]
    [InlineData("She said the road was closed.")]
    public void Pronoun_speaker_with_no_antecedent_is_not_reported(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }

    // ---- Subjects ----

    [Fact]
    public void Place_word_after_the_subject_is_skipped()
    {
        var quote = Attributed.Single("Residents there told the press the officers had left.");

        Attributed.Expect(quote, "the officers had left", QuoteKind.Indirect, "Residents", "told", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Nested_report_gives_both_clauses_with_their_own_speakers()
    {
        var quotes = Attributed.Run("The Riverton Gazette further reported its informant said the landlord had fled early.").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(
                q, "its informant said the landlord had fled early", QuoteKind.Indirect, "Riverton Gazette", "reported", AttributionRule.ReportedSpeech),
            q => Attributed.Expect(q, "the landlord had fled early", QuoteKind.Indirect, "its informant", "said", AttributionRule.ReportedSpeech));
    }
    [Fact]
    public void A_clause_between_the_cue_and_the_colon_of_a_quotation_is_reported_too()
    {
        var result = Attributed.Run(
            "A harbour spokesperson, Lena Holt, indicated the port was disappointed by the council's decision: “We will appeal it.”");

        Assert.Equal(
            [("the port was disappointed by the council's decision", QuoteKind.Indirect, "Lena Holt"), ("We will appeal it.", QuoteKind.Direct, "Lena Holt")],
            result.Quotes.Select(q => (q.Text, q.Kind, q.Speaker?.Name)));
    }
}
