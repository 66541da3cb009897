using System.Text;
using Attribution.Linguistics.Conllu;
using Attribution.Linguistics.Evaluation;

namespace Attribution.Tests.Linguistics;

/// <summary>
/// The conversion of GUM's mention annotation to UniversalNER-style names, on made-up CoNLL-U sentences: each word
/// is (form, UPOS or UPOS/XPOS, head, relation, GUM Entity value).
/// </summary>
public class GumEntitiesTests
{
    [Fact]
    public void An_of_phrase_belongs_to_an_organisation_and_the_place_inside_it_is_not_a_second_name()
    {
        var sentence = Sentence(
            ("She", "PRON", 2, "nsubj", "(1-person-new-nnnnn-cf1-1-sgl)"),
            ("joined", "VERB", 0, "root", null),
            ("the", "DET", 4, "det", "(2-organization-new-nnnnn-cf1-1-sgl"),
            ("University", "PROPN", 2, "obj", null),
            ("of", "ADP", 6, "case", null),
            ("Portsmouth", "PROPN", 4, "nmod", "(3-place-new-nnnnn-cf1-1-sgl)2)"),
            (".", "PUNCT", 2, "punct", null));

        Assert.Equal(["University of Portsmouth/Organization"], Names(sentence));
    }

    [Fact]
    public void A_coordination_of_places_is_several_names()
    {
        var sentence = Sentence(
            ("in", "ADP", 2, "case", null),
            ("Tulsa", "PROPN", 0, "root", "(1-place-new-nnnnn-cf1-1-sgl(2-place-new-nnnnn-cf1-1-sgl)"),
            ("and", "CCONJ", 5, "cc", null),
            ("Broken", "PROPN", 5, "compound", "(3-place-new-nnnnn-cf1-1-sgl"),
            ("Arrow", "PROPN", 2, "conj", "3)1)"));

        Assert.Equal(["Tulsa/Place", "Broken Arrow/Place"], Names(sentence));
    }

    [Fact]
    public void A_persons_title_is_cut_off_and_a_role_alone_is_no_name()
    {
        var sentence = Sentence(
            ("Senator", "PROPN", 3, "compound", "(1-person-new-nnnnn-cf1-1-sgl"),
            ("Ada", "PROPN", 3, "compound", null),
            ("Quill", "PROPN", 4, "nsubj", "1)"),
            ("met", "VERB", 0, "root", null),
            ("the", "DET", 6, "det", "(2-person-new-nnnnn-cf1-1-sgl"),
            ("Governor", "PROPN", 4, "obj", "2)"));

        Assert.Equal(["Ada Quill/Person"], Names(sentence));
    }

    [Fact]
    public void A_name_a_common_noun_introduces_is_kept_whole()
    {
        var sentence = Sentence(
            ("Chemist", "NOUN", 4, "nsubj", "(1-person-new-nnnnn-cf1-1-sgl"),
            ("Ada", "PROPN", 1, "flat", null),
            ("Quill", "PROPN", 1, "flat", "1)"),
            ("said", "VERB", 0, "root", null));

        Assert.Equal(["Ada Quill/Person"], Names(sentence));
    }

    [Fact]
    public void A_word_that_qualifies_titles_may_head_a_bodys_name()
    {
        var sentence = Sentence(
            ("the", "DET", 3, "det", "(1-organization-new-nnnnn-cf1-1-sgl"),
            ("Veronian", "ADJ", 3, "amod", null),
            ("Party", "PROPN", 4, "nsubj", "1)"),
            ("won", "VERB", 0, "root", null));

        Assert.Equal(["Veronian Party/Organization"], Names(sentence));
    }

    [Fact]
    public void A_people_and_a_possessed_common_word_are_no_names()
    {
        var sentence = Sentence(
            ("the", "DET", 2, "det", "(1-person-new-nnnnn-cf1-1-sgl"),
            ("Veronians", "PROPN/NNPS", 3, "nsubj", "1)"),
            ("love", "VERB", 0, "root", null),
            ("our", "PRON", 5, "nmod:poss", "(2-place-new-nnnnn-cf1-1-sgl"),
            ("Nation", "PROPN", 3, "obj", "2)"));

        Assert.Empty(Names(sentence));
    }

    [Fact]
    public void A_name_takes_the_type_the_treebank_gives_it_most_when_it_is_a_place()
    {
        var sentences = Read(
            Text(("Veronia", "PROPN", 2, "nsubj", "(1-organization-new-nnnnn-cf1-1-sgl)"), ("won", "VERB", 0, "root", null)),
            Text(("in", "ADP", 2, "case", null), ("Veronia", "PROPN", 0, "root", "(2-place-new-nnnnn-cf1-1-sgl)")),
            Text(("to", "ADP", 2, "case", null), ("Veronia", "PROPN", 0, "root", "(3-place-new-nnnnn-cf1-1-sgl)")),
            Text(("Quillco", "PROPN", 2, "nsubj", "(4-organization-new-nnnnn-cf1-1-sgl)"), ("won", "VERB", 0, "root", null)));

        var converted = GumEntities.Of(sentences);

        Assert.Equal([EntityType.Place, EntityType.Place, EntityType.Place, EntityType.Organization], converted.Select(s => s.Single().Type));
    }

    private static List<string> Names(ConlluSentence sentence) =>
        [.. GumEntities.Of(sentence).Select(s => string.Join(' ', sentence.Words.Skip(s.Start).Take(s.End - s.Start).Select(w => w.Form)) + "/" + s.Type)];

    private static ConlluSentence Sentence(params (string Form, string Upos, int Head, string Relation, string? Entity)[] words) =>
        Read(Text(words)).Single();

    private static IReadOnlyList<ConlluSentence> Read(params string[] sentences) =>
        ConlluReader.Read(new StringReader(string.Join("\n", sentences)));

    private static string Text(params (string Form, string Upos, int Head, string Relation, string? Entity)[] words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var (form, tag, head, relation, entity) = words[i];
            var upos = tag.Split('/')[0];
            var xpos = tag.Contains('/', StringComparison.Ordinal) ? tag.Split('/')[1] : "_";
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}\t{form}\t{form}\t{upos}\t{xpos}\t_\t{head}\t{relation}\t_\t{(entity is null ? "_" : "Entity=" + entity)}\n");
        }

        return text.ToString();
    }
}
