using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Interview transcripts print each turn as a paragraph that opens with its speaker's label, and the words after
/// the label are that speaker's. Labels come as <c>((Nora Vick))</c> or <c>((WN))</c>, <c>Nora Vick:</c>,
/// initials (<c>NV:</c>, or <c>NV</c> alone once the article has shown it is a transcript), and <c>Q:</c> /
/// <c>A:</c>. A label names the person whose name or initials it gives; another label (the interviewer's <c>WN</c>,
/// the outlet) is the speaker as written; <c>A</c> is the person the article names most, and <c>Q</c>, which names
/// no one, is left alone. A turn often runs on over
/// several paragraphs with no label of their own: an unlabelled paragraph after a person's turn, before the next
/// label, continues it. An interviewer's question does not run on that way; what follows one unlabelled is the
/// writer's (a piece that prints its questions but not the answers).
/// </summary>
internal static class TranscriptFinder
{
    private const int MaxLabelTokens = 8;
    private const double Confidence = 0.85;
    private const int MaxCreditWords = 4;

    public static void Find(AttributionContext context, List<(TextSpan Content, QuoteKind Kind, Decision Decision)> found)
    {
        var document = context.Document;
        var paragraphs = document.Paragraphs;
        var labels = new Label?[paragraphs.Length];
        var labelled = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            labels[p] = ReadLabel(context, paragraphs[p], transcript: false);
            labelled += labels[p] is { Bracketed: true } ? 1 : 0;
        }

        // Bare initials ("MS Although we used…") and unlabelled follow-on paragraphs are a transcript's conventions;
        // in a news story a paragraph that opens with capitals is the writer's own.
        var transcript = labelled >= 2;
        if (transcript)
        {
            for (var p = 0; p < paragraphs.Length; p++)
            {
                labels[p] ??= ReadLabel(context, paragraphs[p], transcript: true);
            }
        }

        var lastLabel = Array.FindLastIndex(labels, l => l is not null);
        Label? turn = null;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            if (labels[p] is { } label)
            {
                turn = label;
                if (label.ContentToken < paragraph.EndToken)
                {
                    var content = new TextSpan(context.Tokens[label.ContentToken].Start, paragraph.Span.End);
                    found.Add((content, label.Kind, new Decision(label.Speaker, -1, -1, AttributionRule.Interview, Confidence, label.ContentToken)));
                }
            }
            else if (transcript && turn is { Speaker.Kind: SpeakerKind.Name } current && p < lastLabel && paragraph.TokenCount > 0 && !IsCaption(context, paragraph))
            {
                found.Add((paragraph.Span, QuoteKind.Direct, new Decision(current.Speaker, -1, -1, AttributionRule.Interview, Confidence * 0.9, paragraph.FirstToken)));
            }
            else
            {
                turn = null;
            }
        }
    }

    /// <summary>
    /// For each paragraph, the person an interviewer's turn speaks to (<c>((WN)) On your website you state “…”</c>:
    /// <c>you</c> is the interviewee), or -1: in a transcript with bracketed labels, the paragraphs labelled with
    /// something other than a person are the interviewer's, and the one person labelled in it is addressed (the person
    /// the article names most when only the questions are labelled). With several people interviewed, <c>you</c> may
    /// be any or all of them, and nobody is chosen.
    /// </summary>
    public static int[] AddressedPeople(AttributionContext context)
    {
        var paragraphs = context.Document.Paragraphs;
        var addressed = new int[paragraphs.Length];
        Array.Fill(addressed, -1);
        var labels = new Label?[paragraphs.Length];
        var bracketed = 0;
        var interviewee = -1;
        var several = false;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (ReadLabel(context, paragraphs[p], transcript: false) is not { Bracketed: true } label)
            {
                continue;
            }

            labels[p] = label;
            bracketed++;
            var person = label.Speaker is { Kind: SpeakerKind.Name, Mention: >= 0 } named ? context.People.PersonOf(named.Mention) : -1;
            if (person >= 0)
            {
                several |= interviewee >= 0 && interviewee != person;
                interviewee = person;
            }
        }

        // A piece that labels only its questions is an interview with the person it names most.
        interviewee = interviewee < 0 && bracketed >= 2 ? MostNamed(context) : interviewee;
        if (bracketed < 2 || interviewee < 0 || several)
        {
            return addressed;
        }

        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (labels[p] is { Speaker.Kind: not SpeakerKind.Name })
            {
                addressed[p] = interviewee;
            }
        }

        return addressed;
    }

    /// <summary>The speaker label that opens a paragraph, if it has one.</summary>
    private static Label? ReadLabel(AttributionContext context, Paragraph paragraph, bool transcript)
    {
        var first = paragraph.FirstToken;
        if (paragraph.TokenCount < 2)
        {
            return null;
        }

        // ((Label))  text
        if (context.IsPunctuation(first, '(') && context.IsPunctuation(first + 1, '('))
        {
            var close = first + 2;
            while (close + 1 < paragraph.EndToken && close - first <= MaxLabelTokens && !context.IsPunctuation(close, ')'))
            {
                close++;
            }

            if (close == first + 2 || close + 1 >= paragraph.EndToken || !context.IsPunctuation(close, ')') || !context.IsPunctuation(close + 1, ')'))
            {
                return null;
            }

            return new Label(SpeakerOf(context, first + 2, close), close + 2, QuoteKind.Direct, Bracketed: true);
        }

        // Name: text — a person the people stage verified, as a block of speech (the older form of news Q&As).
        if (NameLabelColon(context, paragraph) is var nameEnd and >= 0 && !HasQuoteMarks(context, nameEnd + 1, paragraph.EndToken)
            && !IsCredit(context, nameEnd + 1, paragraph.EndToken))
        {
            return new Label(new SpeakerPhrase(SpeakerKind.Name, first, nameEnd, context.MentionStartingAt(first)), nameEnd + 1, QuoteKind.Block, Bracketed: false);
        }

        // NV: text, Q: text, A: text; and in a transcript NV text.
        var word = context[first];
        if (context.Tokens[first].Kind == TokenKind.Word && word.Length <= 4 && !word.ContainsAnyExceptInRange('A', 'Z'))
        {
            var colon = context.IsPunctuation(first + 1, ':');
            if (!colon && !(transcript && word.Length >= 2))
            {
                return null;
            }

            var speaker = word is "Q" ? null : SpeakerOfInitials(context, first, transcript && colon);
            return speaker is { } s ? new Label(s, colon ? first + 2 : first + 1, QuoteKind.Direct, Bracketed: false) : null;
        }

        return null;
    }

    /// <summary>The speaker a bracketed label names: a person by name or initials, or the label as written.</summary>
    private static SpeakerPhrase SpeakerOf(AttributionContext context, int start, int end)
    {
        var mention = context.MentionStartingAt(start);
        if (mention >= 0 && context.Mentions[mention].EndToken == end && context.People.PersonOf(mention) >= 0)
        {
            return new SpeakerPhrase(SpeakerKind.Name, start, end, mention);
        }

        if (end == start + 1 && PersonWithInitials(context, context[start]) is var person and >= 0)
        {
            return new SpeakerPhrase(SpeakerKind.Name, start, end, context.People.People[person].Mentions[0]);
        }

        return new SpeakerPhrase(SpeakerKind.Description, start, end, -1);
    }

    private static SpeakerPhrase? SpeakerOfInitials(AttributionContext context, int token, bool markedTranscriptLabel)
    {
        var word = context[token];
        var person = word is "A" ? MostNamed(context) : PersonWithInitials(context, word);
        if (person >= 0)
        {
            return new SpeakerPhrase(SpeakerKind.Name, token, token + 1, context.People.People[person].Mentions[0]);
        }

        // An unknown label is a speaker only where the article is plainly a transcript and the label is marked as
        // one by its colon: bare capitals that name no one open sentences too ("US voice actor Alexis Tipton…").
        return markedTranscriptLabel && word.Length >= 2 ? new SpeakerPhrase(SpeakerKind.Description, token, token + 1, -1) : null;
    }

    /// <summary>The one verified person whose name's words start with these letters (<c>NG</c>: Natasha Gownaris), or -1.</summary>
    private static int PersonWithInitials(AttributionContext context, ReadOnlySpan<char> initials)
    {
        if (initials.Length < 2)
        {
            return -1;
        }

        var found = -1;
        var people = context.People.People;
        for (var p = 0; p < people.Count; p++)
        {
            if (!people[p].Verified || !HasInitials(people[p].Name, initials))
            {
                continue;
            }

            if (found >= 0)
            {
                return -1;
            }

            found = p;
        }

        return found;
    }

    private static bool HasInitials(string name, ReadOnlySpan<char> initials)
    {
        var k = 0;
        foreach (var range in name.AsSpan().Split(' '))
        {
            var part = name.AsSpan()[range];
            if (part.Length == 0)
            {
                continue;
            }

            if (k >= initials.Length || char.ToUpperInvariant(part[0]) != initials[k])
            {
                return false;
            }

            k++;
        }

        return k == initials.Length;
    }

    /// <summary>The verified person with most mentions: in a question-and-answer piece, the one who answers.</summary>
    private static int MostNamed(AttributionContext context)
    {
        var best = -1;
        var people = context.People.People;
        for (var p = 0; p < people.Count; p++)
        {
            if (people[p].Verified && (best < 0 || people[p].Mentions.Length > people[best].Mentions.Length))
            {
                best = p;
            }
        }

        return best;
    }

    /// <summary>The colon after a verified person's name opening the paragraph (<c>Lena Holt: …</c>), or -1.</summary>
    private static int NameLabelColon(AttributionContext context, Paragraph paragraph)
    {
        var mention = context.MentionStartingAt(paragraph.FirstToken);
        if (mention < 0 || !context.IsVerifiedPerson(mention))
        {
            return -1;
        }

        var colon = context.Mentions[mention].EndToken;
        return colon + 1 < paragraph.EndToken && context.IsPunctuation(colon, ':') ? colon : -1;
    }

    /// <summary>A picture's caption, a name and its credit: no one's turn, and it ends the turn before it.</summary>
    private static bool IsCaption(AttributionContext context, Paragraph paragraph) =>
        NameLabelColon(context, paragraph) is var colon and >= 0 && IsCredit(context, colon + 1, paragraph.EndToken);

    /// <summary>
    /// Whether the words after a <c>Name:</c> label are a picture's caption credit rather than speech
    /// (<c>Susan Rice Image: White House.</c>): a few words, every one capitalised or a number but for short function
    /// words (<c>Friends of the Earth</c>). A one-word
    /// exclamation or question (<c>Never!</c>) is still an answer.
    /// </summary>
    private static bool IsCredit(AttributionContext context, int start, int end)
    {
        var words = 0;
        for (var t = start; t < end; t++)
        {
            var token = context.Tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            // Names of bodies keep their short function words in lower case (Jo Lind for President, Friends of the Earth).
            var word = context[t];
            if (word is "of" or "for" or "the" or "and" or "de" or "at" or "in")
            {
                continue;
            }

            if (++words > MaxCreditWords || !(char.IsUpper(word[0]) || char.IsDigit(word[0])))
            {
                return false;
            }
        }

        return words > 1 || (words == 1 && !context.IsPunctuation(end - 1, '!') && !context.IsPunctuation(end - 1, '?'));
    }

    private static bool HasQuoteMarks(AttributionContext context, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (context.IsQuoteBoundary(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="Speaker">Who the label names.</param>
    /// <param name="ContentToken">The first token of the turn's words, after the label.</param>
    /// <param name="Kind">How the turn is reported: direct speech, or a block for <c>Name:</c> paragraphs in news.</param>
    /// <param name="Bracketed">Whether the label is of the <c>((…))</c> form, which only transcripts use.</param>
    private sealed record Label(SpeakerPhrase Speaker, int ContentToken, QuoteKind Kind, bool Bracketed);
}
