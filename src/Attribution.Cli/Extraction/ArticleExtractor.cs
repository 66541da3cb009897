using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Attribution.Cli.Extraction;

/// <summary>
/// Finds the article in an HTML page: the site's furniture (menus, banners, sidebars, footers, scripts) is dropped,
/// the element whose paragraphs hold the most prose is taken as the body, and its paragraphs and headings become the
/// text, one per paragraph, without blocks that are mostly links or the sources and links after the story.
/// </summary>
/// <remarks>
/// Chosen over SmartReader (a port of Mozilla's Readability) by measuring both on saved news pages: see
/// tests/Attribution.Tests/Html/Pages/SOURCES.md. AngleSharp parses the page as a browser does.
/// </remarks>
internal static class ArticleExtractor
{
    // A paragraph shorter than this is a caption, a label or a date, not prose that says where the body is.
    private const int ProseLength = 25;

    public static ExtractedArticle Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = Title(document);
        if (document.Body is not { } body)
        {
            return new ExtractedArticle(title, "");
        }

        Prune(body);
        var root = BodyElement(body);
        var blocks = new BlockCollector();
        blocks.Collect(root);
        return new ExtractedArticle(title, string.Join("\n\n", Kept(blocks.Blocks)));
    }

    private static string? Title(IDocument document)
    {
        var heading = document.QuerySelector("h1")?.TextContent;
        var title = BlockCollector.Collapse(heading ?? document.Title ?? "");
        return title.Length > 0 ? title : null;
    }

    /// <summary>Removes the site's furniture, outermost first, so nothing inside it is looked at.</summary>
    private static void Prune(IElement element)
    {
        foreach (var child in element.Children.ToArray())
        {
            if (Boilerplate.IsSiteFurniture(child))
            {
                child.Remove();
            }
            else
            {
                Prune(child);
            }
        }
    }

    /// <summary>
    /// The element whose paragraphs score highest, a paragraph counting fully for its parent and half for its
    /// grandparent, so that a body split into sections still wins over one long paragraph elsewhere.
    /// </summary>
    private static IElement BodyElement(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            var text = BlockCollector.Collapse(paragraph.TextContent);
            if (text.Length < ProseLength || paragraph.ParentElement is not { } parent)
            {
                continue;
            }

            // Commas mark sentences of prose rather than labels; length counts too, up to three points.
            var score = 1.0 + text.Count(c => c == ',') + Math.Min(text.Length / 100, 3);
            scores[parent] = scores.GetValueOrDefault(parent) + score;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + score / 2;
            }
        }

        return scores.Count == 0 ? body : scores.MaxBy(pair => pair.Value).Key;
    }

    /// <summary>The blocks up to the back matter, without headings that head nothing.</summary>
    private static IEnumerable<string> Kept(List<(string Text, bool IsHeading)> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var (text, isHeading) = blocks[i];
            if (isHeading && Boilerplate.IsBackMatterHeading(text))
            {
                yield break;
            }

            if (isHeading && (i + 1 == blocks.Count || blocks[i + 1].IsHeading))
            {
                continue;
            }

            yield return text;
        }
    }
}
