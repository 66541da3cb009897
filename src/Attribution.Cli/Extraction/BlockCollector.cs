using System.Text;
using AngleSharp.Dom;

namespace Attribution.Cli.Extraction;

/// <summary>Turns an element into blocks of text: one per paragraph, heading, list item or table row.</summary>
internal sealed class BlockCollector
{
    private static readonly HashSet<string> BlockElements =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "div", "section", "article",
        "main", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "figcaption", "address", "hr", "details",
        "summary",
    ];

    private readonly StringBuilder current = new();
    private int linkCharacters;

    public List<(string Text, bool IsHeading)> Blocks { get; } = [];

    public void Collect(IElement root)
    {
        foreach (var child in root.ChildNodes)
        {
            Walk(child, inLink: false);
        }

        Flush(isHeading: false);
    }

    /// <summary>Runs of white space, line breaks included, as one space; trimmed. Linear, no regular expression.</summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private void Walk(INode node, bool inLink)
    {
        switch (node)
        {
            case IText text:
                current.Append(text.Data);
                if (inLink)
                {
                    linkCharacters += Collapse(text.Data).Length;
                }

                break;
            case IElement { LocalName: "br" }:
                Flush(isHeading: false);
                break;
            case IElement { LocalName: "td" or "th" } cell:
                // Cells of a row are one line: "Company Best Business English".
                current.Append(' ');
                WalkChildren(cell, inLink);
                current.Append(' ');
                break;
            case IElement element when BlockElements.Contains(element.LocalName):
                Flush(isHeading: false);
                WalkChildren(element, inLink);
                Flush(isHeading: element.LocalName is ['h', >= '1' and <= '6']);
                break;
            case IElement element:
                WalkChildren(element, inLink || element.LocalName == "a");
                break;
        }
    }

    private void WalkChildren(IElement element, bool inLink)
    {
        foreach (var child in element.ChildNodes)
        {
            Walk(child, inLink);
        }
    }

    private void Flush(bool isHeading)
    {
        var text = Collapse(current.ToString());

        // A block that is mostly links is a list of other pages (sources, related stories), not the story.
        if (text.Length > 0 && linkCharacters * 2 <= text.Length)
        {
            Blocks.Add((text, isHeading));
        }

        current.Clear();
        linkCharacters = 0;
    }
}
