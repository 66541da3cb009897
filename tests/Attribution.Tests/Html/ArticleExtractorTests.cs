using Attribution.Cli.Extraction;

namespace Attribution.Tests.Html;

/// <summary>Each rule of the extractor on a made-up page of the shape it is for.</summary>
public sealed class ArticleExtractorTests
{
    private const string Body =
        "<p>The council met on Monday, for the third time this year, to discuss the bridge.</p>" +
        "<p>“We are on schedule,” Mayor Jane Doe said, adding that the work would end in May.</p>";

    private const string BodyText =
        "The council met on Monday, for the third time this year, to discuss the bridge.\n\n" +
        "“We are on schedule,” Mayor Jane Doe said, adding that the work would end in May.";

    [Theory]
    [InlineData("<nav><p>Home, News, Sport, Weather, and everything else you might want to read</p></nav>")]
    [InlineData("<header><p>The Daily Example, Tuesday, the newspaper of record for the county</p></header>")]
    [InlineData("<footer><p>© The Daily Example, all rights reserved, terms and conditions apply</p></footer>")]
    [InlineData("<aside><p>Most read: “Bridge row”, “Storm warning”, and other stories of the week</p></aside>")]
    [InlineData("<div role=\"navigation\"><p>Sections: politics, business, culture, sport and weather</p></div>")]
    [InlineData("<div class=\"gem-c-cookie-banner\"><p>We use cookies, small files, to make this website work well</p></div>")]
    [InlineData("<div id=\"share-links\"><p>Share this on Facebook, on Twitter, by email or by post</p></div>")]
    [InlineData("<div hidden><p>A menu, shown only when the button is pressed, with many links</p></div>")]
    [InlineData("<div aria-hidden=\"true\"><p>Decorative text, read by nobody, with commas, for scoring</p></div>")]
    [InlineData("<script>var said = \"“not a quotation,” he said\";</script><style>p { quotes: auto; }</style>")]
    public void The_sites_furniture_is_left_out(string furniture)
    {
        var page = $"<html><body>{furniture}<main><article>{Body}</article></main>{furniture}</body></html>";

        Assert.Equal(BodyText, ArticleExtractor.Extract(page).Text);
    }

    [Fact]
    public void A_class_word_counts_only_as_a_whole_part_of_the_name()
    {
        // "shared-story" is not "share", and "print-columns" names a layout, not a print footer.
        var page = $"<html><body><div class=\"shared-story print-columns\">{Body}</div></body></html>";

        Assert.Equal(BodyText, ArticleExtractor.Extract(page).Text);
    }

    [Fact]
    public void The_body_is_where_the_prose_is_not_the_first_long_paragraph()
    {
        var page = "<html><body>" +
            "<div class=\"promo-box\"><p>Subscribe today, for only a little, and read everything, everywhere, always.</p></div>" +
            "<div class=\"lead\"><p>A standfirst, short.</p></div>" +
            $"<div class=\"story\">{Body}<p>Residents, who have waited, said they were pleased, relieved, and tired.</p></div>" +
            "</body></html>";

        var text = ArticleExtractor.Extract(page).Text;

        Assert.StartsWith("The council met", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("standfirst", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_that_are_mostly_links_are_left_out()
    {
        var page = $"<html><body><article>{Body}<ul><li><a href=\"/a\">“Bridge opens” — The Example, May 2</a></li></ul><p>See <a href=\"/x\">the plan</a> for the details of the works and their cost.</p></article></body></html>";

        var text = ArticleExtractor.Extract(page).Text;

        Assert.DoesNotContain("Bridge opens", text, StringComparison.Ordinal);
        Assert.EndsWith("See the plan for the details of the works and their cost.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sources")]
    [InlineData("Related articles")]
    [InlineData("More on this story")]
    [InlineData("See also:")]
    public void What_follows_a_back_matter_heading_is_left_out(string heading)
    {
        var page = $"<html><body><article>{Body}<h2>{heading}</h2><p>“Bridge opens”, a report by the Example Gazette, with comments, May 2.</p></article></body></html>";

        Assert.Equal(BodyText, ArticleExtractor.Extract(page).Text);
    }

    [Fact]
    public void A_heading_that_heads_something_is_kept_and_one_that_heads_nothing_is_not()
    {
        var page = $"<html><body><article>{Body}<h2>The cost</h2><p>The works, the council said, will cost four million pounds in all.</p><h2>Share</h2></article></body></html>";

        Assert.Equal(BodyText + "\n\nThe cost\n\nThe works, the council said, will cost four million pounds in all.", ArticleExtractor.Extract(page).Text);
    }

    [Fact]
    public void A_table_row_is_one_line_and_a_line_break_ends_a_paragraph()
    {
        var page = $"<html><body><article>{Body}<table><tr><td>Company</td><td>Best Bridges</td></tr></table><p>First line, with a comma, and more words here<br>Second line</p></article></body></html>";

        Assert.Equal(BodyText + "\n\nCompany Best Bridges\n\nFirst line, with a comma, and more words here\n\nSecond line", ArticleExtractor.Extract(page).Text);
    }

    [Fact]
    public void The_title_is_the_first_heading_or_else_the_page_title()
    {
        Assert.Equal("Bridge to reopen", ArticleExtractor.Extract($"<html><head><title>Site | Bridge</title></head><body><h1> Bridge  to\nreopen </h1>{Body}</body></html>").Title);
        Assert.Equal("Site | Bridge", ArticleExtractor.Extract($"<html><head><title>Site | Bridge</title></head><body>{Body}</body></html>").Title);
        Assert.Null(ArticleExtractor.Extract(Body).Title);
    }

    [Fact]
    public void Text_without_markup_is_one_paragraph_and_nothing_is_lost()
    {
        Assert.Equal("“Hi,” Ann Lee said. & more", ArticleExtractor.Extract("“Hi,” Ann Lee said. &amp; more").Text);
        Assert.Equal("", ArticleExtractor.Extract("").Text);
    }
}
