using Attribution.People;

namespace Attribution.Speakers;

/// <summary>
/// Tells what a speaker description with no personal name stands for, from its head noun: the last word before the
/// first preposition, comma or relative word (<c>spokesperson</c> in <c>spokesperson for the State Department</c>).
/// Document and organisation nouns are named in two short general lists; any other plural head is a group, and any
/// other head one person (<c>a witness</c>, <c>the minister</c>).
/// </summary>
internal static class DescriptionKind
{
    private static readonly WordSet Documents = new(
        ["statement", "report", "study", "letter", "document", "proclamation", "filing", "memo", "memorandum", "release",
         "complaint", "ruling", "lawsuit", "survey", "poll", "analysis", "email", "e-mail", "paper", "review", "order",
         "bill", "law", "act", "notice", "message", "post", "tweet", "website", "page", "article", "editorial", "verdict",
         "judgment", "judgement", "indictment", "affidavit", "transcript", "decree", "resolution", "announcement",
         "communique", "communiqué", "guidance", "guidelines", "policy", "manifesto", "petition", "sign", "label",
         "warning", "constitution", "charter", "treaty", "agreement", "contract", "note", "summary", "findings",
         "statements", "reports", "documents", "studies", "records", "minutes", "obituary", "citation", "caption", "press"]);

    private static readonly WordSet Organizations = new(
        ["ministry", "department", "government", "agency", "company", "firm", "council", "court", "commission",
         "committee", "party", "campaign", "office", "police", "army", "military", "navy", "board", "bank", "union",
         "university", "school", "hospital", "administration", "authority", "service", "team", "club", "league",
         "federation", "association", "organisation", "organization", "network", "channel", "newspaper", "station",
         "embassy", "parliament", "congress", "senate", "cabinet", "regime", "coalition", "alliance", "institute",
         "foundation", "charity", "corporation", "group", "studio", "publisher", "outlet", "magazine", "broadcaster",
         "airline", "operator", "manufacturer", "retailer", "assembly", "tribunal", "secretariat", "bureau",
         "force", "prosecutors", "prosecution", "judiciary", "church", "mission", "delegation", "consulate", "zoo",
         "museum", "library"]);

    private static readonly WordSet Groups = new(
        ["people", "staff", "crew", "family", "couple", "public", "crowd", "audience", "personnel",
         "youth", "clergy", "faculty", "electorate", "workforce", "majority", "minority", "both", "many", "some",
         "others", "several", "all", "few"]);

    private static readonly WordSet Breaks = new(
        ["of", "for", "from", "at", "in", "with", "on", "who", "which", "that", "to", "by", "and", "or", "as"]);

    public static PersonKind Of(ReadOnlySpan<char> description)
    {
        var head = Head(description);
        if (head.IsEmpty)
        {
            return PersonKind.Person;
        }

        if (Documents.Contains(head))
        {
            return PersonKind.Document;
        }

        if (Organizations.Contains(head))
        {
            return PersonKind.Organization;
        }

        if (Groups.Contains(head) || IsPlural(head))
        {
            return PersonKind.Group;
        }

        return PersonKind.Person;
    }

    private static ReadOnlySpan<char> Head(ReadOnlySpan<char> description)
    {
        ReadOnlySpan<char> head = default;
        var rest = description;
        while (!rest.IsEmpty)
        {
            rest = rest.TrimStart();
            var end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] is not (',' or '(' or ';' or ':'))
            {
                end++;
            }

            var word = Words.Stem(rest[..end].Trim("'’\"“”."));
            if (end < rest.Length && rest[end] is ',' or '(' or ';' or ':')
            {
                return word.IsEmpty ? head : word;
            }

            if (Breaks.Contains(word) && !head.IsEmpty)
            {
                return head;
            }

            if (!word.IsEmpty)
            {
                head = word;
            }

            rest = rest[end..];
        }

        return head;
    }

    // "officials", "witnesses", "sources"; not "boss", "status", "news", "analysis".
    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is not ('s' or 'u' or 'i') &&
        !word.Equals("news", StringComparison.OrdinalIgnoreCase);
}
