using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

/// <summary>One or more lower-case particles between capitalised words stay inside the name (<c>Karl van der Berg</c>).</summary>
public class NameParticleTests
{
    [Fact]
    public void Two_particles_join_the_name()
    {
        const string text = "Karl van der Berg arrived.";

        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal("Karl van der Berg", mention.Name);
        Assert.Equal("Karl", mention.FirstName);
        Assert.Equal("Karl van der Berg", SpanText(text, mention));
    }

    [Fact]
    public void One_particle_still_joins_the_name()
    {
        var mention = Assert.Single(Mentions("Karl van Berg arrived.").Mentions);

        Assert.Equal("Karl van Berg", mention.Name);
    }

    [Fact]
    public void Speaker_with_chained_particles()
    {
        var result = Attributed.Run("Karl van der Berg said: “We will win the match.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "We will win the match.", QuoteKind.Direct, "Karl van der Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal(["Karl van der Berg"], result.People.Select(p => p.Name));
    }
}
