using System.Text;
using Attribution.People;

namespace Attribution.Tests.People;

public class FirstNamesTests
{
    private static readonly FirstNames Names = FirstNames.Default;

    [Theory]
    [InlineData("John")]
    [InlineData("Michael")]
    [InlineData("Hamish")]
    [InlineData("Jürgen")]
    [InlineData("Łukasz")]
    [InlineData("Lukasz")]
    [InlineData("José")]
    [InlineData("Jose")]
    [InlineData("Giuseppe")]
    [InlineData("Sergei")]
    [InlineData("Volodymyr")]
    [InlineData("Mohammed")]
    [InlineData("Mehmet")]
    [InlineData("Reza")]
    [InlineData("Rahul")]
    [InlineData("Hiroshi")]
    [InlineData("Kwame")]
    [InlineData("Chukwuemeka")]
    [InlineData("Thabo")]
    public void Common_male_names_are_male(string name)
    {
        Assert.True(Names.TryGetGender(name, out var gender));
        Assert.Equal(Gender.Male, gender);
    }

    [Theory]
    [InlineData("Mary")]
    [InlineData("Sarah")]
    [InlineData("Siobhan")]
    [InlineData("Zoë")]
    [InlineData("Zoe")]
    [InlineData("Marta")]
    [InlineData("Małgorzata")]
    [InlineData("Ingrid")]
    [InlineData("Françoise")]
    [InlineData("Svetlana")]
    [InlineData("Fatima")]
    [InlineData("Zeynep")]
    [InlineData("Shirin")]
    [InlineData("Priya")]
    [InlineData("Keiko")]
    [InlineData("Ngozi")]
    [InlineData("Lindiwe")]
    [InlineData("Ximena")]
    public void Common_female_names_are_female(string name)
    {
        Assert.True(Names.TryGetGender(name, out var gender));
        Assert.Equal(Gender.Female, gender);
    }

    [Theory]
    [InlineData("Alex")]
    [InlineData("Jordan")]
    [InlineData("Sasha")]
    [InlineData("Kim")]
    [InlineData("Andrea")]
    [InlineData("Jean")]
    [InlineData("Yuki")]
    [InlineData("Nur")]
    [InlineData("Nicola")]
    public void Unisex_names_are_contained_but_of_unknown_gender(string name)
    {
        Assert.True(Names.Contains(name));
        Assert.True(Names.TryGetGender(name, out var gender));
        Assert.Equal(Gender.Unknown, gender);
    }

    [Theory]
    [InlineData("john")]
    [InlineData("JOHN")]
    [InlineData("jOhN")]
    [InlineData("JOSÉ")]
    [InlineData("zoë")]
    public void Lookup_ignores_case(string name)
    {
        Assert.True(Names.Contains(name));
        Assert.True(Names.TryGetGender(name, out var gender));
        Assert.NotEqual(Gender.Unknown, gender);
    }

    [Fact]
    public void Lookup_works_on_a_slice_of_a_longer_text()
    {
        var text = "Minister Marta Kowalski said".AsSpan();

        Assert.True(Names.TryGetGender(text.Slice(9, 5), out var gender));
        Assert.Equal(Gender.Female, gender);
        Assert.False(Names.Contains(text.Slice(15, 8)));
    }

    [Theory]
    [InlineData("Department")]
    [InlineData("Monday")]
    [InlineData("Ministry")]
    [InlineData("said")]
    [InlineData("the")]
    [InlineData("")]
    [InlineData("Jo hn")]
    public void Words_that_are_not_names_are_not_contained(string word)
    {
        Assert.False(Names.Contains(word));
        Assert.False(Names.TryGetGender(word, out var gender));
        Assert.Equal(Gender.Unknown, gender);
    }

    [Fact]
    public void The_table_is_large()
    {
        Assert.True(Names.Count > 2_500, $"only {Names.Count} names");
    }

    [Fact]
    public void Default_is_loaded_once()
    {
        var instances = Enumerable.Range(0, 8).AsParallel().Select(_ => FirstNames.Default).Distinct().ToList();

        Assert.Same(Names, Assert.Single(instances));
    }

    [Fact]
    public void Shipped_table_is_sorted_without_duplicates_and_well_formed()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream("Attribution.first-names.tsv");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8);

        var header = reader.ReadLine();
        Assert.NotNull(header);
        Assert.StartsWith("#", header, StringComparison.Ordinal);

        string? previous = null;
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            rows++;
            var fields = line.Split('\t');
            Assert.Equal(2, fields.Length);
            Assert.Contains(fields[1], new[] { "m", "f", "u" });
            Assert.False(string.IsNullOrWhiteSpace(fields[0]));
            Assert.Equal(fields[0].Trim(), fields[0]);
            Assert.True(char.IsUpper(fields[0][0]), $"'{fields[0]}' is not capitalised");
            if (previous is not null)
            {
                Assert.True(
                    string.Compare(previous, fields[0], StringComparison.OrdinalIgnoreCase) < 0,
                    $"'{previous}' then '{fields[0]}' is out of order or a duplicate");
            }

            previous = fields[0];
        }

        Assert.Equal(Names.Count, rows);
    }
}
