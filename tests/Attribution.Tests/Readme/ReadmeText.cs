namespace Attribution.Tests.Readme;

/// <summary>Pieces of Markdown and C# text, compared as written (line ends as <c>\n</c>).</summary>
internal static class ReadmeText
{
    /// <summary>The text of every fenced block opened with <c>```language</c>, without its fences.</summary>
    public static IReadOnlyList<string> CodeBlocks(string markdown, string language)
    {
        var blocks = new List<string>();
        List<string>? block = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (block is null)
            {
                if (line == "```" + language)
                {
                    block = [];
                }
            }
            else if (line.StartsWith("```", StringComparison.Ordinal))
            {
                blocks.Add(string.Join('\n', block));
                block = null;
            }
            else
            {
                block.Add(line);
            }
        }

        Assert.True(block is null, $"a ```{language} block is never closed");
        return blocks;
    }

    /// <summary>The lines between each pair of marker lines, with their common indentation removed.</summary>
    public static IReadOnlyList<string> Regions(string source, string begin, string end)
    {
        var regions = new List<string>();
        List<string>? region = null;
        foreach (var line in source.Split('\n'))
        {
            var marker = line.Trim();
            if (marker == begin)
            {
                region = [];
            }
            else if (marker == end && region is not null)
            {
                var indent = region.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
                regions.Add(string.Join('\n', region.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())));
                region = null;
            }
            else
            {
                region?.Add(line);
            }
        }

        return regions;
    }

    /// <summary>A top-level example split into its leading <c>using</c> lines and the statements after the blank line.</summary>
    public static (IReadOnlyList<string> Usings, string Body) SplitUsings(string block)
    {
        var lines = block.Split('\n');
        var usings = lines.TakeWhile(line => line.StartsWith("using ", StringComparison.Ordinal)).ToArray();
        var rest = lines.Skip(usings.Length).ToArray();
        if (usings.Length > 0)
        {
            Assert.True(rest.Length > 0 && rest[0].Length == 0, "a blank line should follow the using lines");
            rest = rest[1..];
        }

        return (usings, string.Join('\n', rest));
    }
}
