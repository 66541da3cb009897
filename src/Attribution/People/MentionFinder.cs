using System.Buffers;
using Attribution.Text;

namespace Attribution.People;

/// <summary>
/// Finds personal names: runs of capitalised words within a sentence, split into the titles before the name
/// (<c>Ukraine’s Economy Minister</c>, <c>Prime Minister Sir</c>) and the name itself. A run with a title or
/// honorific is a person; a bare run of two to four words is a likely person unless one of its words names a place,
/// a body or a date; a bare single word is kept as a weak mention that only counts when it repeats a known surname.
/// </summary>
internal static class MentionFinder
{
    private const int MaxNameWords = 4;

    // Particles that open a surname and are nobody's given name (Van, Al and Del are both).
    private static readonly WordSet SurnameParticles = new(["La", "Le", "De", "Di", "Da", "Du", "Der", "Den", "Dos", "Das", "Della", "Von", "Ter", "Ten", "Zu"], ignoreCase: false);

    /// <summary>News text names someone about once every twelve tokens; lists sized for that rarely regrow.</summary>
    public const int TokensPerMention = 12;

    /// <param name="document">The text.</param>
    /// <param name="lexicon">Titles, honorifics and the words that are not names.</param>
    /// <param name="insideQuote">For each token, whether it lies inside a quotation.</param>
    /// <param name="strings">Where the names' strings come from; a new pool when null.</param>
    /// <param name="mentions">An empty list to fill (a reused one spares the allocation); a new list when null.</param>
    public static List<NameMention> Find(
        Document document, NameLexicon lexicon, ReadOnlySpan<bool> insideQuote, StringPool? strings = null, List<NameMention>? mentions = null)
    {
        strings ??= new StringPool();
        mentions ??= new List<NameMention>(document.Tokens.Length / TokensPerMention + 4);
        var tokens = document.Tokens;
        var first = mentions.Count;
        var firstString = strings.Count;
        HashSet<ulong>? runs = null;
        HashSet<string>? wordSurnames = null;
        var checkpoint = Growth.ProjectEvery;
        foreach (var sentence in document.Sentences)
        {
            var t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                if (t >= checkpoint)
                {
                    // A list of names is far denser than news: size the list from the rate so far.
                    Growth.Anticipate(mentions, mentions.Count - first, t, tokens.Length);
                    strings.Anticipate(strings.Count - firstString, t, tokens.Length);
                    checkpoint = t + Growth.ProjectEvery;
                }

                if (!Words.IsCapitalised(document, tokens[t]))
                {
                    t++;
                    continue;
                }

                var end = RunEnd(document, lexicon, t, sentence.EndToken);
                if (Parse(document, lexicon, sentence, t, end, insideQuote, strings, ref runs, ref wordSurnames) is { } mention)
                {
                    mentions.Add(mention);
                }

                t = end;
            }
        }

        return mentions;
    }

    /// <summary>A word shaped like a noun for what someone does or is (<c>Voter</c>, <c>Protester</c>, <c>Resident</c>, <c>Activist</c>).</summary>
    private static bool IsRoleNoun(ReadOnlySpan<char> word) =>
        word.Length >= 5 && char.IsUpper(word[0]) && !word[1..].ContainsAnyInRange('A', 'Z') &&
        (word.EndsWith("er") || word.EndsWith("or") || word.EndsWith("ist") || word.EndsWith("ant") || word.EndsWith("ent") || word.EndsWith("ian"));

    /// <summary>The end of a capitalised run: it takes <c>of</c> after a title head and lower-case name particles.</summary>
    private static int RunEnd(Document document, NameLexicon lexicon, int start, int limit)
    {
        var tokens = document.Tokens;
        var end = start + 1;
        while (end < limit && !Words.IsPossessive(document[tokens[end - 1]]))
        {
            var token = tokens[end];
            if (Words.IsCapitalised(document, token) && token.Start - tokens[end - 1].End <= 1)
            {
                end++;
                continue;
            }

            var joinsNext = end + 1 < limit && Words.IsCapitalised(document, tokens[end + 1]);
            if (joinsNext && IsConnector(document, token) && lexicon.IsTitleWord(document[tokens[end - 1]]))
            {
                end += 2;
                continue;
            }

            // "Ursula von der Leyen": one or more lower-case particles between capitalised names.
            var after = end;
            while (after < limit && Words.IsLowerWord(document, tokens[after]) && lexicon.NameParticles.Contains(document[tokens[after]]))
            {
                after++;
            }

            if (after > end && after < limit && Words.IsCapitalised(document, tokens[after]))
            {
                end = after + 1;
                continue;
            }

            break;
        }

        return end;
    }

    private static NameMention? Parse(
        Document document, NameLexicon lexicon, Sentence sentence, int start, int end, ReadOnlySpan<bool> insideQuote, StringPool strings,
        ref HashSet<ulong>? runs, ref HashSet<string>? wordSurnames)
    {
        var tokens = document.Tokens;
        while (start < end && lexicon.Stops.Contains(document[tokens[start]]) && !lexicon.IsTitleWord(document[tokens[start]]))
        {
            start++;
        }

        // "Added Tallis:", "Remarked scientist Rhea Tallis,": a sentence may open on its reporting verb, before the name.
        if (start == sentence.FirstToken && start < end - 1 && char.IsUpper(document[tokens[start]][0]) && Speakers.CueLexicon.Default.IsPastCue(document[tokens[start]]))
        {
            start++;
        }

        // "Voter Kitty Mak told …", "Farmer Ann Lee said": a sentence may open on a role noun, capitalised only by its
        // place, before a given name; a title ("President Ann Lee") or a given name ("Archer Lee") stays.
        if (start == sentence.FirstToken && end - start >= 3 && IsRoleNoun(document[tokens[start]]) && !lexicon.IsTitleWord(document[tokens[start]]) &&
            !FirstNames.Default.Contains(document[tokens[start]]) &&
            FirstNames.Default.Contains(document[tokens[start + 1]]))
        {
            start++;
        }

        // "Fifteen-year-old Robert", "Forty-Year-Old Ann Lee": an age before a name is not part of it.
        if (start < end - 1 && document[tokens[start]].EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            start++;
        }

        if (start >= end)
        {
            return null;
        }

        // "Ann Lee QC", "Ann Lee CMG OBE": letters after a name are honours, not part of it.
        while (end - 1 > start && lexicon.Postnominals.Contains(document[tokens[end - 1]]))
        {
            end--;
        }

        // The name is the run's tail after its last title word; everything before it, from the first title word,
        // is the title, unknown words included ("Deputy Emergency Situations Minister Alexander Chupriyan").
        var titleEnd = end - 1;
        while (titleEnd >= start && end - titleEnd <= MaxNameWords && !IsTitlePart(document, lexicon, tokens[titleEnd]))
        {
            titleEnd--;
        }

        if (titleEnd >= start && !IsTitlePart(document, lexicon, tokens[titleEnd]))
        {
            return null;
        }

        var first = -1;
        for (var f = start; f <= titleEnd; f++)
        {
            if (lexicon.IsTitleWord(Words.Stem(document[tokens[f]])))
            {
                first = f;
                break;
            }
        }

        var nameStart = titleEnd + 1;
        var gender = Gender.Unknown;
        string? title = null;
        var titled = false;
        if (first >= 0 && HasHeadOrHonorific(document, lexicon, first, titleEnd))
        {
            titled = true;
            gender = GenderOf(document, lexicon, first, titleEnd);
            title = TitleText(document, lexicon, first, titleEnd, strings);
        }
        else
        {
            // "special envoy Steve Witkoff": a lower-case role just before a bare name.
            var k = start - 1;
            while (k >= sentence.FirstToken && Words.IsLowerWord(document, tokens[k]) && lexicon.IsTitleWord(document[tokens[k]]))
            {
                k--;
            }

            if (k < start - 1 && HasHead(document, lexicon, k + 1, start - 1))
            {
                titled = true;
                title = strings.Get(document.Text.AsSpan(tokens[k + 1].Start, tokens[start - 1].End - tokens[k + 1].Start));
                start = k + 1;
            }
        }

        var nameWords = end - nameStart;
        if (nameWords <= 0 || nameWords > MaxNameWords)
        {
            return null;
        }

        // "Hong Kong Carrie Lam", "India Narendra Modi": a place or body glued before a name, which the article also
        // names on its own, is not part of the name that starts at the given name after it.
        if (nameWords >= 3 && GivenNameAfterPrefix(document, nameStart, end) is var given and >= 0 &&
            StandsAlone(document, lexicon, nameStart, given, ref runs))
        {
            nameStart = given;
            nameWords = end - nameStart;
            if (titled && first >= 0)
            {
                title = TitleText(document, lexicon, first, nameStart - 1, strings) ?? title;
            }
        }

        // "on Twitter West accused": a body's or place's word glued before such a surname is not part of the name.
        if (nameWords >= 2 && !titled && wordSurnames is not null &&
            wordSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Words.Stem(document[tokens[end - 1]])) &&
            (lexicon.Classify(Words.Stem(document[tokens[end - 2]])) & NameWord.NotName) != 0)
        {
            start = nameStart = end - 1;
            nameWords = 1;
        }

        for (var k = nameStart; k < end; k++)
        {
            var classes = lexicon.Classify(Words.Stem(document[tokens[k]]));
            var capitalised = Words.IsCapitalised(document, tokens[k]);

            // "Bill Hammons", "Christian Lindner": a given name that is also a word of bodies' names (the Bill, the
            // Christian Democrats) opens a person's name when the words after it are names.
            if (k == nameStart && nameWords >= 2 && capitalised && (classes & NameWord.NotName) != 0 && FirstNames.Default.Contains(document[tokens[k]]))
            {
                classes &= ~NameWord.NotName;
            }

            // "rapper Kanye West", "singer Doris Day": a surname that is also a word of places' and bodies' names ends
            // a person's name when a title or role says it is one; the article's later "West" alone is then that
            // person too.
            if (k == end - 1 && capitalised && (classes & NameWord.NotName) != 0 && (classes & (NameWord.Stop | NameWord.Pronoun)) == 0)
            {
                var word = Words.Stem(document[tokens[k]]);
                if (nameWords >= 2 && titled && k == nameStart + 1)
                {
                    (wordSurnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(strings.Get(word));
                    classes &= ~NameWord.NotName;
                }
                else if (nameWords == 1 && wordSurnames is not null && wordSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    classes &= ~NameWord.NotName;
                }
            }

            if (capitalised ? (classes & (NameWord.NotName | NameWord.Stop | NameWord.Pronoun)) != 0 : (classes & NameWord.Particle) == 0)
            {
                return null;
            }
        }

        var name = NameText(document, nameStart, end, strings);
        var surname = strings.Get(Words.Stem(document[tokens[end - 1]]));
        var firstName = nameWords >= 2 ? strings.Get(document[tokens[nameStart]]) : null;

        // "Queen Elizabeth II", "Pope Francis": a regal title and a single given name (and a regnal number) are
        // the name the holder goes by; the given name is what later mentions repeat.
        var regnal = nameWords == 2 && IsRomanNumeral(document[tokens[end - 1]]);
        if (titleEnd >= start && lexicon.Regal.Contains(document[tokens[titleEnd]]) && (nameWords == 1 || regnal))
        {
            name = strings.Get(document[tokens[titleEnd]].ToString() + " " + name);
            surname = strings.Get(document[tokens[nameStart]]);
            firstName = null;
            title ??= strings.Get(document[tokens[titleEnd]]);
        }

        // "La Riva said", "De Niro told": a surname that opens on a particle, used alone, is one surname, not a given
        // name and a surname, and names the person the article gave it to ("Gloria La Riva").
        if (nameWords >= 2 && firstName is not null && SurnameParticles.Contains(firstName) && !FirstNames.Default.Contains(firstName))
        {
            firstName = null;
            nameWords = 1;
        }

        var spanEnd = tokens[end - 1].Start + Words.Stem(document[tokens[end - 1]]).Length;
        return new NameMention(
            new TextSpan(tokens[start].Start, spanEnd),
            start,
            end,
            name,
            surname,
            firstName,
            nameWords,
            title,
            gender,
            titled,
            first >= 0 && IsKnighted(document, first, nameStart),
            insideQuote[nameStart]);
    }

    /// <summary>
    /// The first known given name inside <c>[nameStart, end)</c> with a surname after it, where the words before it
    /// are neither given names nor initials; -1 when there is none.
    /// </summary>
    private static int GivenNameAfterPrefix(Document document, int nameStart, int end)
    {
        var tokens = document.Tokens;
        var lead = document[tokens[nameStart]];
        if (FirstNames.Default.Contains(lead) || lead.EndsWith('.') || lead.Length == 1)
        {
            return -1;
        }

        for (var k = nameStart + 1; k < end - 1; k++)
        {
            if (FirstNames.Default.Contains(document[tokens[k]]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the words <c>[start, end)</c> are, somewhere in the text, a capitalised run of their own. The runs
    /// are indexed by their words' hash in one pass over the text, the first time a name needs it.
    /// </summary>
    private static bool StandsAlone(Document document, NameLexicon lexicon, int start, int end, ref HashSet<ulong>? runs)
    {
        if (runs is null)
        {
            runs = [];
            foreach (var sentence in document.Sentences)
            {
                var t = sentence.FirstToken;
                while (t < sentence.EndToken)
                {
                    if (!Words.IsCapitalised(document, document.Tokens[t]))
                    {
                        t++;
                        continue;
                    }

                    var runEnd = RunEnd(document, lexicon, t, sentence.EndToken);
                    if (runEnd - t < MaxNameWords)
                    {
                        runs.Add(HashOfWords(document, t, runEnd));
                    }

                    t = runEnd;
                }
            }
        }

        return runs.Contains(HashOfWords(document, start, end));
    }

    /// <summary>FNV-1a over the words, the last without its possessive: the same in every process, unlike string hashes.</summary>
    private static ulong HashOfWords(Document document, int start, int end)
    {
        var hash = 14695981039346656037UL;
        for (var k = start; k < end; k++)
        {
            var word = document[document.Tokens[k]];
            foreach (var c in k == end - 1 ? Words.Stem(word) : word)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 5 && !word.ContainsAnyExcept("IVXLC");

    private static bool IsKnighted(Document document, int first, int nameStart)
    {
        for (var k = first; k < nameStart; k++)
        {
            if (Words.Is(document, document.Tokens[k], "Sir") || Words.Is(document, document.Tokens[k], "Dame"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitlePart(Document document, NameLexicon lexicon, Token token) =>
        lexicon.IsTitleWord(Words.Stem(document[token])) || IsConnector(document, token);

    private static bool IsConnector(Document document, Token token) =>
        Words.Is(document, token, "of") || Words.Is(document, token, "in") || Words.Is(document, token, "for");

    private static Gender GenderOf(Document document, NameLexicon lexicon, int first, int last)
    {
        var gender = Gender.Unknown;
        for (var k = first; k <= last; k++)
        {
            var word = document[document.Tokens[k]];
            if (lexicon.Honorifics.Contains(word))
            {
                gender = lexicon.GenderOf(word);
            }
        }

        return gender;
    }

    /// <summary>The title words without honorifics: <c>Prime Minister Sir</c> → <c>Prime Minister</c>.</summary>
    private static string? TitleText(Document document, NameLexicon lexicon, int first, int last, StringPool strings)
    {
        var tokens = document.Tokens;
        while (first <= last && lexicon.Honorifics.Contains(document[tokens[first]]))
        {
            first++;
        }

        while (last >= first && (lexicon.Honorifics.Contains(document[tokens[last]]) || IsConnector(document, tokens[last])))
        {
            last--;
        }

        if (first > last || !HasHead(document, lexicon, first, last))
        {
            return null;
        }

        return Words.CollapseWhitespace(document.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start), strings);
    }

    private static bool HasHeadOrHonorific(Document document, NameLexicon lexicon, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var word = Words.Stem(document[document.Tokens[k]]);
            if (lexicon.Heads.Contains(word) || lexicon.Honorifics.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasHead(Document document, NameLexicon lexicon, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (lexicon.Heads.Contains(document[document.Tokens[k]]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name's words joined by single spaces, the last without its possessive.</summary>
    private static string NameText(Document document, int start, int end, StringPool strings)
    {
        var tokens = document.Tokens;
        var length = 0;
        for (var k = start; k < end; k++)
        {
            length += tokens[k].Length + 1;
        }

        // A name is at most four words, so it nearly always fits on the stack; a pathological long one is rented.
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        var written = 0;
        for (var k = start; k < end; k++)
        {
            if (k > start)
            {
                buffer[written++] = ' ';
            }

            var word = k == end - 1 ? Words.Stem(document[tokens[k]]) : document[tokens[k]];
            word.CopyTo(buffer[written..]);
            written += word.Length;
        }

        var name = strings.Get(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return name;
    }
}
