namespace Attribution.Tests.Cli;

/// <summary>Small made-up articles: every kind of quotation, curly marks, several paragraphs.</summary>
internal static class Articles
{
    public const string Bridge =
        "Mayor Jane Doe said the bridge would reopen in May.\n" +
        "“We are on schedule,” Ms Doe said on Tuesday. “Nothing has changed.”\n" +
        "Councillor Tom Reed called the plan “a fantasy” and said residents deserved better.\n" +
        "According to a council spokesperson, the repairs will cost £4m.\n";

    public const string Harbour =
        "The harbour master, Ann Lee, told reporters: “The storm is over.”\n" +
        "“Boats may leave from noon,” she added.\n";
}
