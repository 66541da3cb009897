using System.Text;

namespace Attribution.Tests.Speakers;

public sealed class TitleHoldersTests
{
    [Fact]
    public void Finds_the_holder_named_last_before_the_position()
    {
        const string text = "President Anna Berg spoke. President Tom Hale spoke. Ms Berg left. The President stayed.";
        var context = Contexts.Build(text);

        var holder = context.TitleHolders.NamedLastBefore("president", text.IndexOf("The President", StringComparison.Ordinal));

        Assert.Equal("Anna Berg", context.People.People[holder].Name);
        Assert.Equal(-1, context.TitleHolders.NamedLastBefore("President", 0));
        Assert.Equal(-1, context.TitleHolders.NamedLastBefore("Governor", text.Length));
    }

    [Fact]
    public void One_person_named_under_ever_new_titles_keeps_the_table_linear_in_the_mentions()
    {
        // Each line gives John Smith a new title; entering every title with every mention would hold n² entries.
        const int lines = 200;
        var builder = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            builder.Append("Deputy X").Append(i).Append(" Minister John Smith spoke.\n");
        }

        var context = Contexts.Build(builder.ToString());
        var person = Assert.Single(context.People.People);

        Assert.True(person.Titles.Count >= lines / 2, $"{person.Titles.Count} titles");
        Assert.InRange(context.TitleHolders.EntryCount, 1, 8 * person.Mentions.Length);
    }
}
