using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Attribution.Cli.Extraction;

/// <summary>What marks a part of a page as the site's rather than the article's: menus, banners, sidebars, footers.</summary>
internal static class Boilerplate
{
    private static readonly FrozenSet<string> Elements = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "form", "button",
        "input", "select", "textarea", "label", "nav", "header", "footer", "aside", "figure", "time", "menu", "dialog");

    private static readonly FrozenSet<string> Roles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert", "alertdialog");

    // Words that site templates use in class names and ids for their furniture, matched against each part of a
    // name split at '-' and '_' ("gem-c-share-links", "mw-jump-link"), never inside a word ("shared").
    private static readonly FrozenSet<string> NameWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs", "byline", "caption", "catlinks",
        "comment", "comments", "contentsub", "cookie", "cookies", "date", "dateline", "feedback", "footer", "header",
        "infobox", "jump", "menu", "metadata", "modal", "nav", "navbar", "navigation", "newsletter", "noprint", "pager",
        "pagination", "popup", "printfooter", "promo", "published", "related", "share", "sharing", "sidebar", "sitenotice",
        "sitesub", "skip", "social", "sponsored", "subscribe", "tags", "timestamp", "toc", "topics");

    // Headings that open what follows an article: its sources, links and sharing buttons.
    private static readonly FrozenSet<string> BackMatterHeadings = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Sources", "Source", "References", "External links", "See also", "Related", "Related articles", "Related stories",
        "Related content", "Read more", "More on this story", "Notes", "Footnotes", "Share this", "Share this article",
        "Share this page");

    /// <summary>Whether <paramref name="element"/> and everything in it belong to the site rather than the article.</summary>
    public static bool IsSiteFurniture(IElement element) =>
        Elements.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("role") is { } role && Roles.Contains(role))
        || HasFurnitureName(element.ClassName)
        || HasFurnitureName(element.Id);

    /// <summary>Whether a heading ends the article body: everything after it is the page's, not the story's.</summary>
    public static bool IsBackMatterHeading(string heading) => BackMatterHeadings.Contains(heading.TrimEnd(':', ' '));

    private static bool HasFurnitureName(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in name.Split('-', '_'))
            {
                if (NameWords.Contains(part))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
